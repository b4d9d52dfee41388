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

report("match x:\n    case a | b:\n        pass\n")
report("match x:\n    case _:\n        pass\n    case 1:\n        pass\n")
report("match x:\n    case [a, a]:\n        pass\n")
report("match x:\n    case {**rest, 'k': 1}:\n        pass\n")
report("match x:\n    case 1 + 1:\n        pass\n")
report("match x:\n    case {'k': 1, 'k': 2}:\n        pass\n")
report("match x:\n    case P(x=1, 2):\n        pass\n")
report("match x:\n    case a if:\n        pass\n")
report("match x:\ncase 1:\n    pass\n", spans=False)
report("with (a as b, c as d:\n    pass\n")
report("with a as b, :\n    pass\n")
