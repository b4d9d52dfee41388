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

report("del 1\n")
report("del f()\n")
report("del (a + b)\n")
report("del [x for x in y]\n")
report("for 1 in x:\n    pass\n")
report("for f() in x:\n    pass\n")
report("with a as 1:\n    pass\n")
report("with a as f():\n    pass\n")
report("[1 for 2 in x]\n")
