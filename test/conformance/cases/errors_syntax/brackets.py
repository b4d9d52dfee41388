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

report("x = (1, 2\n")
report("x = [1, 2\ny = 3\n")
report("d = {'a': 1\n")
report("x = 1)\n")
report("x = (1, 2]\n")
report("f(a, b\n\n\n")
report("x = ]\n")
report("print((1, 2)))\n")
