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

report("def f(a, a):\n    pass\n")
report("def f(a=1, b):\n    pass\n")
report("def f(*, **k):\n    pass\n")
report("def f(**k, a):\n    pass\n")
report("def f(*a, *b):\n    pass\n")
report("def f(a, /, /):\n    pass\n")
report("def f(/, a):\n    pass\n")
report("def f(*, a, /):\n    pass\n")
report("def f(a, **k, **j):\n    pass\n")
report("lambda a, a: 1\n")
report("lambda *: 1\n")
report("def f(a=1, /, b):\n    pass\n")
report("def f():\n    pass\n  x = 1\n", spans=False)
