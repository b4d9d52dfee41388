sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__)
fns = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(7), type(compose(str, sq)(7)).__name__)
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
print((lambda: (yield))().__class__.__name__)
