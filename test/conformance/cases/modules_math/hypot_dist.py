import math
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(5), math.hypot(1, 2, 2), math.hypot(-3, -4))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan), math.hypot(3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)), math.dist([1], [-1]))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(type(e).__name__, e)
