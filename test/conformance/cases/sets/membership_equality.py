s = {1, 2.5, (1, 2), None, True, "str"}
print(len(s), 1.0 in s, (1, 2) in s, None in s, "str" in s, "s" in s)
print({1, 2} == {2, 1}, {1} == frozenset([1]), {1, 2} == [1, 2], set() == frozenset())
print(sorted({3, 1, 2}), min({3, 1, 2}), max({3, 1, 2}), sum({1, 2, 3}))
try:
    [] in s
except TypeError as e:
    print(type(e).__name__, e)
print({0, False, 0.0} == {0}, len({1, True, 1.0}))
