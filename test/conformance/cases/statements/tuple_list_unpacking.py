a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), [g, h] = (1, 2), [3, 4]
print(e, f, g, h)
for (k, v) in {"a": 1}.items():
    print(k, v)
m, n = range(2)
print(m, n)
i, j = iter([7, 8])
print(i, j)
x = [0, 0]
x[0], x[1] = 10, 20
print(x)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
for bad in [(1,), (1, 2, 3), 5]:
    try:
        u, w = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
