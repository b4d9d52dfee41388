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

report("f(a=1, a=2)\n")
report("f(a=1, 2)\n")
report("f(**k, *a)\n")
report("f(**k, 2)\n")
report("f(x for x in y, 1)\n")
report("f(1, x for x in y)\n")
report("class C(x for x in y):\n    pass\n")
report("f(a b)\n")
report("f(a=)\n")
report("f(1=2)\n")
report("f(a.b=1)\n")
report("f(=1)\n")
