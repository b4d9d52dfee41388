import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(2**100))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(2, -2))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(700), math.exp(-1000), math.exp2(10), math.exp2(0.5))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10**400))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log10(10**50))
print(math.log1p(0), math.log1p(1e-10), math.expm1(0), math.expm1(1e-10), math.expm1(1))
print(math.cbrt(64), math.cbrt(1000), math.cbrt(-8), math.cbrt(2))
