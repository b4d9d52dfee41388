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

report("class C(metaclass=M, metaclass=N):\n    pass\n")
report("class C(A, x=1, B):\n    pass\n")
report("@\ndef f():\n    pass\n")
report("@dec\nx = 1\n")
report("class C:\ndef m(self): pass\n", spans=False)
report("class (A):\n    pass\n")
report("class 1C:\n    pass\n")
report("def 1f():\n    pass\n")
