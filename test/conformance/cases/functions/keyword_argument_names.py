def f(**kw):
    return kw
print(f(**{"not an identifier": 1, "class": 2}))
def g(a, b):
    return a - b
print(g(b=1, a=10), g(10, b=1))
print(dict(**{"x": 1}), dict(x=1, **{"y": 2}))
def h(self, **kw):
    return self, kw
print(h(1, self2=2))
try:
    h(1, self=2)
except TypeError as e:
    print(type(e).__name__, e)
