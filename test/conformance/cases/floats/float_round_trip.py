import math
vals = [0.1, 1/3, math.pi, math.e, 1e-300, 1.7976931348623157e308, 5e-324, 123.456e-7, 2**-1074, 9007199254740993.0]
for v in vals:
    s = repr(v)
    print(s, float(s) == v, len(s))
x = 0.0
for i in range(20):
    x = x * 10 + 0.1
    print(repr(x), end=" ")
print()
