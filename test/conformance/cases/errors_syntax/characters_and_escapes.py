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

report("x = 1 € 2\n")
report("x = \u201chi\u201d\n")
report("x = 1 $ 2\n")
report("a ? b\n")
report("b = b'caf\u00e9'\n")
report("s = '\\x4'\n")
report("b = b'\\x1'\n")
report("s = '\\U11111111'\n")
report("s = '\\N{NO SUCH CHARACTER NAME AT ALL}'\n")
report("s = '\\u12'\n")
report("x = 5\u00a0+ 1\n")
