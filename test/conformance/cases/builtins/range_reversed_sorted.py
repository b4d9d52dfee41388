print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1, "b": 2}.values())))
print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
