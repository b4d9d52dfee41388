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

report("return 1\n")
report("yield 1\n")
report("x = yield\n")
report("break\n")
report("continue\n")
report("def f():\n    break\n")
report("for x in y:\n    def g():\n        continue\n")
report("class C:\n    return 1\n")
report("await x\n")
report("async def f():\n    yield from g()\n")
report("def f():\n    x = [await y for y in z]\n")
