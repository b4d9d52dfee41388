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

report("x = 1 if 2\n")
report("x = 1 if 2 else\n")
report("[x for x in]\n")
report("{1: 2, 3}\n", spans=False)
report("{1: 2, **}\n")
report("x := 1\n")
report("(a.b := 1)\n")
report("(a[0] := 1)\n")
report("[i := 0 for i in range(3)]\n")
report("x = 1 +\n")
report("x = not\n")
report("x = (1 for x in y) = 2\n")
report("x = 1 2\n")
report("x = [1 2]\n")
report("x = {1 2}\n")
report("a.1\n")
report("x = 'a' 1\n")
