for v in [0, 1, -1, 255, -255, 2**64, -(2**64)]:
    print(hex(v), oct(v), bin(v))
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "x"), format(255, "#010b"), format(-255, "#x"))
