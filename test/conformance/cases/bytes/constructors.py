print(bytes(), bytes(0), bytes(4), bytes([1, 2, 3]), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(range(65, 70)))
print(bytes((x for x in [104, 105])), bytes(memoryview(b"mv")) if False else "skip")
for bad in [[256], [-1], ["a"], "str", 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(3), bytearray([65, 66]), bytearray("é", "utf-8"), bytearray(b"abc"))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
