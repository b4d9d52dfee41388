print(int(), int(3.9), int(-3.9), int(True), int("  -5\n"))
print(int(1e20), int(-1e20), int(2.5e-3))
print(int(b"42"), int(bytearray(b"-7")))
class I:
    def __index__(self):
        return 11
class T:
    def __trunc__(self):
        return 12
class N:
    def __int__(self):
        return 13
print(int(I()), int(N()))
for v in [float("inf"), float("nan"), "abc", None, [1]]:
    try:
        int(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(type(int("5")) is int, int(10**30 + 0.0) == 10**30)
