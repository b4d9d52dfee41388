a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.union(b, [7]), a.intersection(b, range(4)), a.difference([1], (2,)), a.symmetric_difference([1, 9]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
print(frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
