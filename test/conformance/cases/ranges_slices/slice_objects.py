s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(5), s.indices(20), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(10), slice(10, -10, -3).indices(8), slice(0, 0, 1).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(range(10))[s])
print(slice("a", "b", "c"))
