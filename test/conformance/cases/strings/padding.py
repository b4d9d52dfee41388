print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(8, "*")))
print(repr("abc".ljust(6)), repr("abc".rjust(6, "0")), repr("abc".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3))
print("42".zfill(1), "-".zfill(3))
print(repr("ab".center(5, "é")), repr("🐍".rjust(3, "-")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
