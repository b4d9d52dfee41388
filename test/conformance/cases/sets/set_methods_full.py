def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
f = frozenset([1, 2])
for g in [lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove(), lambda: s.remove([]), lambda: s.remove({1}),
          lambda: s.discard({1}), lambda: {frozenset({1})}.remove({1}), lambda: s.discard([]), lambda: s.pop(1),
          lambda: set().pop(), lambda: s.update(1), lambda: s.update([1], 2), lambda: s.update(), lambda: s.union(),
          lambda: s.union([5], (6,), {7: 0}), lambda: s.union(1), lambda: s.intersection(),
          lambda: s.intersection([1, 9], [1, 2]), lambda: s.intersection(1), lambda: s.difference(),
          lambda: s.difference([1], 5), lambda: s.symmetric_difference(), lambda: s.symmetric_difference([1], [2]),
          lambda: s.symmetric_difference(5), lambda: s.issubset(), lambda: s.issubset(1),
          lambda: s.issubset([1, 2, 3, 4]), lambda: s.issuperset([1]), lambda: s.issuperset(5),
          lambda: s.isdisjoint(5), lambda: s.isdisjoint([4]), lambda: s.copy(1), lambda: f.copy() is f,
          lambda: f.union([9]), lambda: type(f.union([9])).__name__, lambda: f.add(1),
          lambda: s.intersection_update([1, 2], [2]) or s, lambda: s.difference_update() or s,
          lambda: s.symmetric_difference_update(), lambda: s.symmetric_difference_update(1, 2),
          lambda: s.add(x=1), lambda: s.union(x=1), lambda: s.__contains__([]), lambda: s.__contains__({2}),
          lambda: {frozenset({2})}.__contains__({2}), lambda: {frozenset({2})}.discard({2}), lambda: s.__len__(),
          lambda: set.__init__(s, [7, 8]) or s, lambda: set.__init__(s, [7, 8], 1), lambda: set.__init__(s, x=1),
          lambda: s.__class_getitem__(int), lambda: frozenset.__class_getitem__(int), lambda: s.__or__(1),
          lambda: s.__iand__({1}), lambda: s.__sub__([1]), lambda: s.__le__([1]) if False else 0,
          lambda: set.pop(f), lambda: frozenset.__new__(frozenset, [1]), lambda: frozenset.__new__(list, [1]),
          lambda: frozenset.union({1}, [2]), lambda: set.add(frozenset(), 1), lambda: s.__len__(1), lambda: s.__or__()]:
    t(g)
class S(set): pass
class F(frozenset): pass
print(type(S([1]).union([2])).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__,
      type(F([1]).union()).__name__, type(frozenset([1]).union()).__name__, type(S([1]) | {2}).__name__,
      type(F([1]) & {1}).__name__, type({1} - F([1])).__name__)
print(S([1, 2]), F([3]), S(), F(), repr(S([5])), S([1]).__repr__(), set().__repr__(), frozenset().__repr__(), frozenset([1]).__repr__())
s = {1, 2}
s.add(3); s.add(2); print(s)
s.update([4, 5], {6}, range(20, 23), {30: 1}); print(s)
s.discard(10); s.discard(1); s.remove(2); print(s)
s |= {10}; s &= {3, 4, 5, 10, 11}; print(s)
s -= {3}; s ^= {4, 20}; print(s)
s.intersection_update(range(15)); print(s)
s.difference_update([5]); s.symmetric_difference_update([10, 30]); print(s)
print(s.pop(), s)
s = set(range(40))
print([s.pop() for _ in range(5)], s)
a = set(range(0, 64, 3)); b = set(range(0, 64, 5))
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, range(70, 75)), a.intersection(b, range(10, 40)), a.difference(b, [6, 9]), a.symmetric_difference(range(60)))
print(a.issubset(range(100)), a.issuperset([3, 6]), a.isdisjoint(b), a.isdisjoint([1, 2]), a <= a | b, a < a, a == set(a))
big = set(range(1000)); small = {5, 7, 1001}
print(small - big, big.difference(small) == set(range(1000)) - {5, 7}, len(big - small))
c = set(range(100)); c.difference_update(range(90)); print(c)
c = set(range(100)); c -= set(range(90)); print(c)
c = set(range(10)); c.difference_update(set(range(1000))); print(c)
c = set(range(10)); c.symmetric_difference_update({5: 1, 50: 2}); print(c)
c = set(range(10)); c.symmetric_difference_update(c); print(c)
c = set(range(10)); c.difference_update(c); print(c)
d = {"x": 1, "y": 2}
print(sorted(set(d)), sorted(set("abc") - d.keys()), {1, 2, 3}.difference({1: 0}))
fs = frozenset([1, 2, 3])
print(fs | {4}, fs & {1}, fs - {1}, fs ^ {1, 9}, {4} | fs, hash(fs) == hash(frozenset([3, 2, 1])))
print(fs.issubset([1, 2, 3]), fs.issuperset(fs), fs.isdisjoint(fs), frozenset().isdisjoint(frozenset()))
s = {1}; print(s.isdisjoint(s), s.union(s), s.intersection(s), s.difference(s), s.symmetric_difference(s))
print(set.__hash__ is None, frozenset.__hash__ is None)
x = set(); x.update({i: i for i in range(30)}); print(x)
