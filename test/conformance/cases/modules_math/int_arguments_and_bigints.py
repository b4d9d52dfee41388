import math
print(math.sqrt(10**20), math.log(2**2000, 2), math.log10(10**500), math.exp(True), math.floor(-(2**100)))
print(math.fabs(-(2**60)), math.trunc(-2**70), math.copysign(2**10, -1), math.hypot(3 * 10**100, 4 * 10**100))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.isqrt(10**400) == 10**200, math.factorial(25), math.comb(100, 3))
