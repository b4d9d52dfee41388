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

report("nonlocal x\n")
report("def f():\n    nonlocal x\n")
report("def f(x):\n    global x\n")
report("def f(x):\n    def g():\n        nonlocal x\n        global x\n")
report("def f():\n    x = 1\n    global x\n")
report("def f():\n    print(x)\n    global x\n")
report("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n")
report("def f(a):\n    nonlocal a\n")
report("class C:\n    nonlocal y\n")
