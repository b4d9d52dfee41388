print(set(), repr({1}), str({1, 2}), frozenset([1]))
s = {1}
for call in [lambda: s.add(), lambda: s.add([1]), lambda: s.update(5), lambda: s.union(1), lambda: s.issubset(3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
c = s.copy()
c.add(2)
print(s, c)
class S(set):
    pass
print(S([1, 2]), type(S([1]) | {3}).__name__)
