import math
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), -7 % 3)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(math.inf))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-3), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, 1023))
try:
    math.ldexp(1, 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
