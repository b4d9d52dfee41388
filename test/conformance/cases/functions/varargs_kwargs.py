def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(first, *rest, sep="-", **options):
    return first, rest, sep, sorted(options.items())
print(g(1), g(1, 2, 3, sep="+", x=1, a=2))
def h(*args):
    return sum(args)
print(h(*range(5)), h(*[1, 2], 3, *(4,)))
def kw(**kw):
    return kw
print(kw(**{"a": 1}, b=2, **{"c": 3}))
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**[1])
except TypeError as e:
    print(type(e).__name__, e)
