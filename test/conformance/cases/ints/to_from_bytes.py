print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2**64).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80"))
print(int.from_bytes(bytes(range(20)), "little"))
for args in [(300, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    v = args[0]
    try:
        print(v.to_bytes(args[1], args[2], signed=len(args) > 3))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
