# Each source must fail to compile; the message and positions are CPython 3.12's.
# End positions are printed only where they mark the offending span; for errors detected
# at a point (unclosed brackets, bad indentation) CPython's end fields carry no meaning.
def report(src, spans=True):
    try:
        compile(src, "<s>", "exec")
        print("compiled without error:", repr(src))
    except SyntaxError as e:
        where = (e.lineno, e.offset, e.end_lineno, e.end_offset) if spans else (e.lineno, e.offset)
        print(type(e).__name__, "|", e.msg, "|", *where)

report("from __future__ import braces\n", spans=False)
report("from __future__ import nonexistent\n", spans=False)
report("x = 1\nfrom __future__ import annotations\n")
report("def f():\n    from os import *\n")
report("import a as b.c\n")
report("from .. import\n")
report("from x import a as\n")
report("import *\n")
