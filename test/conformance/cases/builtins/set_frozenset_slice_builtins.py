print(set(), set("aab") == {"a", "b"}, set([3, 1, 2]), frozenset([1, 1]), frozenset())
print(slice(3), slice(1, 5), slice(1, 5, 2), slice(None, None, None))
s = slice(1, 10, 3)
print(list(range(20))[s], s.indices(8))
print(isinstance(slice(1), slice), slice(1, 2) == slice(1, 2), type(slice(1)).__name__)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
