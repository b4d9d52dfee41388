s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.update([4, 5], {6})
print(s)
s.discard(10)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s |= {10}
s &= {3, 4, 5, 10, 11}
print(s)
s -= {3}
s ^= {4, 20}
print(s)
s.intersection_update(range(15))
print(s)
s.difference_update([5])
s.symmetric_difference_update([10, 30])
print(s)
print(s.pop(), s)
s.clear()
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
print(s, len(s), bool(s))
