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

report("print 'hello'\n")
report("exec 'code'\n")
report("else:\n    pass\n")
report("elif x:\n    pass\n")
report("x = \n")
report("if x = 1:\n    pass\n")
report("while x = 1:\n    pass\n")
report("a b\n")
report("import\n")
report("from x import\n")
report("from x import (a, b\n", spans=False)
report("import a.b as\n")
report("try:\n    pass\nx = 1\n")
report("except:\n    pass\n")
report("if x\n    pass\n")
report("def f()\n    pass\n")
report("class C\n    pass\n")
report("for x in range(3)\n    pass\n")
