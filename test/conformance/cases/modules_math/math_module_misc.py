import math
print(math.__name__, type(math).__name__)
names = ["acos", "ceil", "comb", "copysign", "cbrt", "dist", "erf", "exp2", "factorial", "fsum", "gcd", "isqrt", "lcm", "nextafter", "prod", "sumprod", "ulp"]
print(all(hasattr(math, n) for n in names))
from math import sqrt as root, pi
print(root(pi * pi))
print(math.floor(-0.5), math.ceil(-0.5), round(-0.5), int(-0.5))
