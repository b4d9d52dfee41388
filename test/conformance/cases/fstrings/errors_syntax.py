sources = [
    'f"{}"',
    'f"{"',
    'f"}"',
    'f"{x!z}"',
    'f"{x!}"',
    'f"{=}"',
    'f"{x:{y:{z:{w}}}}"',
    "f'{a b}'",
    'f"{lambda x: x}"',
    'f"{x!r=}"',
]
for src in sources:
    try:
        compile(src, "<s>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
