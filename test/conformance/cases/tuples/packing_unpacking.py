t = 1, 2, 3
a, b, c = t
print(a, b, c)
x, = (42,)
print(x)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = t
*init, last = t
print(first, rest, init, last)
def f():
    return 1, "two", 3.0
print(f(), type(f()).__name__)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    a, b = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = t
except ValueError as e:
    print(type(e).__name__, e)
