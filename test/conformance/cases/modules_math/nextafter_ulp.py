import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.nextafter(1.0, math.inf, steps=2) if False else math.nextafter(math.inf, 0), math.nextafter(-0.0, 1))
print(math.ulp(1.0), math.ulp(2**52), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(5e-324))
