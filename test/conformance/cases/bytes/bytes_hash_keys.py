d = {b"a": 1, b"b": 2}
print(d[b"a"], b"b" in d, "a" in d)
s = {b"x", b"x", b"y"}
print(len(s), sorted(s))
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
