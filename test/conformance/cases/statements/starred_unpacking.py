first, *middle, last = range(6)
print(first, middle, last)
*head, tail = [1]
print(head, tail)
a, *b = "hello"
print(a, b)
*c, = (1, 2)
print(c)
x, *y, z = 1, 2
print(x, y, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
try:
    s, *t, u = [1]
except ValueError as e:
    print(type(e).__name__, e)
for h, *rest in [(1, 2, 3), (4,)]:
    print(h, rest)
[*l] = "ab"
print(l)
