def f(a, b, c, d=0, *rest, **kw):
    return a, b, c, d, rest, kw
print(f(*[1, 2, 3]))
print(f(1, *(2, 3), 4, *[5, 6]))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *[2], c=3, **{"x": 9}))
print(f(*"abc", **dict(d="D")))
print(f(*range(3), *range(3, 7)))
args = (1, 2)
kwargs = {"c": 3, "extra": True}
print(f(*args, **kwargs))
print(f(*{10: "a", 20: "b", 30: "c"}))
try:
    f(*[1, 2], **{"b": 5, "c": 1})
except TypeError as e:
    print(type(e).__name__, e)
