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

report('f"{}"\n')
report('f"{"\n')
report('f"}"\n')
report('f"{x!z}"\n')
report('f"{x!}"\n')
report('f"{=}"\n')
report('f"{x:{y:{z:{w}}}}"\n')
report('f"{x!r=}"\n')
report('f"{lambda x: x}"\n')
report('f"{a b}"\n')
report('f"{x:}}"\n')
report('f"""{\n}"""\n')
report('x = f"{!r}"\n')
