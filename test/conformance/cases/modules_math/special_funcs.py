import math
for x in [0.0, 0.5, 1.0, -1.0, 2.0, 3.5]:
    print(x, math.erf(x), math.erfc(x))
for x in [0.5, 1, 2, 5, 10.5, -0.5, 171]:
    print(x, math.gamma(x), math.lgamma(x))
for bad in [0, -1, -2.0]:
    try:
        math.gamma(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.gamma(172)
except OverflowError as e:
    print(type(e).__name__, e)
