for src in ["1 + * 2", "x = 1", "def", "(", "lambda: yield", "a if b"]:
    try:
        print(repr(src), "->", eval(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset)
for src in ["if True\n    pass", "for x in range(3):\nprint(x)", "x = [1,\n2,\n", "return 5"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("x = 1", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.offset)
try:
    compile("1 + 1\n2 + 2", "<s>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
