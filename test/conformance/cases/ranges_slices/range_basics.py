print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0))
print(list(range(5)), list(range(2, 8)), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(len(range(10)), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(0, -5)), len(range(-5, 5, 7)))
r = range(3, 30, 4)
print(r.start, r.stop, r.step, r[0], r[-1], r[2], r.index(11), r.count(11), r.count(12))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
