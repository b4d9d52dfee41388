import math
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.25]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.asin(1), math.acos(0), math.atan(1), math.asin(0.5), math.acos(-1), math.atan(-math.inf))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.tanh(100))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
