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

report("a, b += 1\n")
report("[a] += 1\n")
report("f() += 1\n")
report("*a = 1\n")
report("*a, *b = c\n")
report("x = *a\n")
report("*a\n")
report("print(**x for x in y)\n")
report("del *a, b\n")
report("a += yield\nx = 1\ndef g():\n    (yield) = 1\n")
