print(float(), float(3), float(-0), float("1.5"), float("  -2.5e3 "), float("1_000.5"))
print(float(".5"), float("5."), float("1e5"), float("-.1e-1"), float(True), float(2**100))
print(float("١٢٣"), float("０.5"))
for bad in ["", "1.2.3", "abc", "1e", "_1", "1__0", "0x10", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float(b"3.5"))
