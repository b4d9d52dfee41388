import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**101))
print(math.factorial(30), math.comb(100, 50), math.perm(20, 10))
x = 10**50 + 12345
r = math.isqrt(x)
print(r * r <= x < (r + 1) ** 2)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
