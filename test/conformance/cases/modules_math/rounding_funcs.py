import math
for x in [2.5, -2.5, 2.0, -0.5, 1e20, 0.0, -0.0, 3.9999]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x))
print(type(math.floor(2.5)).__name__, math.floor(10**30), math.ceil(2**70 + 0.0), math.floor(True))
for bad in [math.inf, math.nan]:
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.ceil("1")
except TypeError as e:
    print(type(e).__name__, e)
