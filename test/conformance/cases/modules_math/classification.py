import math
for x in [0.0, 1.5, -1e308, math.inf, -math.inf, math.nan, 5e-324]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.isfinite(10**400) if False else "skip", math.isinf(10**300))
