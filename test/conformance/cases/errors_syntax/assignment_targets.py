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

report("1 = x\n")
report("f() = 1\n")
report("a + b = 1\n")
report("None = 1\n")
report("True = 0\n")
report("'s' = 1\n")
report("... = 1\n")
report("x.y() = 1\n")
report("(a, f()) = 1, 2\n")
report("[x for x in y] = 1\n")
report("lambda: 1 = 2\n")
report("f'{x}' = 1\n")
report("a < b = 1\n")
report("not x = 1\n")
report("x if y else z = 1\n")
