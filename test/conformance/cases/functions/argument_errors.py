def f(a, b):
    return a + b
def g(x, *, y):
    return x
def h():
    pass
calls = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, b=3), lambda: f(c=1), lambda: h(1),
         lambda: h(a=1), lambda: g(), lambda: g(1, 2), lambda: f(), lambda: (lambda q: q)(),
         lambda: f(1, a=1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
