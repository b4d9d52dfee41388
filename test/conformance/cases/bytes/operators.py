a = b"abc"
print(a + b"def", a * 3, 2 * a, a * 0, a + bytearray(b"!"), bytearray(b"!") + a)
print(a == b"abc", a != b"abd", a < b"abd", a < b"ab", b"" < a, a == "abc", a == bytearray(b"abc"))
print(len(a), min(a), max(a), sum(a), sorted(b"cba"), list(reversed(a)))
try:
    a + "d"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(b"%s is %d" % (b"x", 5), b"%x|%5s|%-4b|" % (255, b"ab", b"c"), b"%c%c" % (65, b"B"))
