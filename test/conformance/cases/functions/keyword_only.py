def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(a=1, b=2, c=4))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=5), lambda: f(b=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*args, key):
    return args, key
print(g(1, 2, key="k"))
def full(p1, p2=2, /, pk=3, *args, k1, k2=5, **kw):
    return p1, p2, pk, args, k1, k2, kw
print(full(1, k1=4))
print(full(1, 2, 3, 4, 5, k1=6, k2=7, extra=8))
