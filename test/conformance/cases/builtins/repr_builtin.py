values = [1, -1.5, "s", 'it\'s', "a\"b", b"b", None, True, [1, "a"], (1,), {"k": [1]}, {1}, frozenset([2]),
          range(2), slice(1, 2), 1 + 2j, float("nan"), ..., NotImplemented, int, len, bytearray(b"x")]
for v in values:
    print(repr(v))
