# Sources that look suspicious but are valid Python 3.12 and must compile.
sources = [
    "x = '\\d'\n",
    "if x:\n    pass\nelif y:\n    pass\nelse:\n    pass\n",
    "def f(a, /, b, *, c): pass\n",
    "match = case = _ = 1\n",
    "print(*a, *b, **c, **d)\n",
    "x = [*a, *b]\ny = {**a, 'k': 1}\n",
    "lambda: (yield)\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "with (a, b):\n    pass\n",
    "x = 1 if y else 2 if z else 3\n",
    "for x in 1, 2, 3: pass\n",
    "del (a), [b], c.d, e[0]\n",
    "f = lambda *args, **kw: None\n",
    "a = b = c = d = 0\n",
    "def g():\n    x = yield\n",
    "if (n := 10) > 5: pass\n",
    "assert x, 'msg'\n",
    "global_var: int\n",
    "x = 0xFF_FF + 0o1_7 + 0b1_0 + 1_000.000_1e1_0j\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print("unexpected SyntaxError:", repr(src), e.msg)
