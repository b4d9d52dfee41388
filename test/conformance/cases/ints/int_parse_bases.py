print(int("42"), int("-42"), int("+7"), int("  12  "), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o17", 8), int("101", 2), int("0b11", 2))
print(int("z", 36), int("Z", 36), int("10", 36), int("zz", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("123", 0), int("0", 0), int("00", 0))
print(int("1_2_3", 0), int("0x_ff", 0), int("0_0", 0))
bad = [("", 10), ("1.5", 10), ("12a", 10), ("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("9", 8), ("0b2", 0)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("٣"), int(" -0 "), int("-0x10", 16))
