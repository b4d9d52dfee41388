s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[slice(1, 4)], s[slice(None, None, -1)])
print("🐍é🐍é"[1::2], "🐍é🐍é"[::-1])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
