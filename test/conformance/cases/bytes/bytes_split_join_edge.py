print(b"".split(), b"".split(b","), b"  ".split(), b"a b".split(None, 0))
print(b"a\x0bb\x0cc\x1cd".split())
print(b"aXbXc".split(b"X", 1), b"aXbXc".rsplit(b"X", 1))
print(b"abc".split(b"abc"), b"".join([b"x"] * 3))
try:
    b"a".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
print(b"1,2,3".split(b",")[1], int(b"42"), float(b"1.5"))
