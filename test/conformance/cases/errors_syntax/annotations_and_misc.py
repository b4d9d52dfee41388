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

report("x: int, y: int = 1, 2\n")
report("(x, y): int\n")
report("[x]: int = 1\n")
report("x: int = 1 = 2\n")
report("def f(x: int = 1, y):\n    pass\n")
report("def f():\n    x: int = 1\n    global x\n")
report("a: b: c\n")
report("assert\n")
report("raise from x\n")
report("del\n")
