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

report("s = 'abc\n")
report('s = "abc\n')
report("s = '''abc\n\n")
report('s = """never closed\nline two\n')
report("s = 'line' + 'ok\n")
report("b = b'unterminated\n")
