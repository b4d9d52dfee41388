f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f))
print(frozenset(), frozenset("") == frozenset(), repr(frozenset({5})))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1}), frozenset({2})} == {frozenset({2}), frozenset({1})})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(f == {1, 2, 3}, f.union({4}), f.copy() == f)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1, frozenset({2})})}
print(nested)
