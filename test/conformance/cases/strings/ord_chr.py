print(ord("a"), ord("é"), ord("中"), ord("🐍"))
print(chr(97), chr(233), chr(20013), chr(128013), repr(chr(0)))
print(chr(0x10FFFF) == "\U0010ffff")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print([ord(c) for c in "hi!"])
