t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(len(t), t[0], t[-1], t[1:4], t[::-1], t[::2])
print(t + (4,), t * 2, (0,) * 3, () * 5)
print(1 in t, 9 not in t, min(t), max(t), sum(t))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
