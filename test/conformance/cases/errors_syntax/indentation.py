# Each source must fail to compile; the message and positions are CPython 3.12's.
# End positions are printed only where they mark the offending span; for errors detected
# at a point (unclosed brackets, bad indentation) CPython's end fields carry no meaning.
def report(src, spans=False):
    try:
        compile(src, "<s>", "exec")
        print("compiled without error:", repr(src))
    except SyntaxError as e:
        where = (e.lineno, e.offset, e.end_lineno, e.end_offset) if spans else (e.lineno, e.offset)
        print(type(e).__name__, "|", e.msg, "|", *where)

report("x = 1\n    y = 2\n")
report("if True:\nx = 1\n")
report("def f():\nreturn 1\n")
report("class C:\npass\n")
report("for i in x:\n\nprint(i)\n")
report("if x:\n        a = 1\n    b = 2\n")
report("if x:\n\ta = 1\n        b = 2\n")
report("while x:\n  pass\n else:\n  pass\n")
