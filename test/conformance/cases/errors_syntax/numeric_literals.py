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

report("x = 1abc\n")
report("x = 0xg\n")
report("x = 01\n")
report("x = 0o8\n")
report("x = 0b2\n")
report("x = 1__0\n")
report("x = 1_\n")
report("x = 0x_\n")
report("x = 1.2.3\n")
report("x = 1e\n")
report("x = 1.5j2\n")
report("x = 0b1_\n")
