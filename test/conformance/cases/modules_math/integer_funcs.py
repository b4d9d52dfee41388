import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(52) % 10**9)
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 24), math.gcd(0, 5), math.gcd(-4, -6), math.gcd(2**64, 2**32 * 3))
print(math.lcm(), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**40, 3**20))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 11), math.comb(60, 30), math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10**30 + 1), math.isqrt(True))
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.perm(2, -1), lambda: math.gcd(1.5, 2)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
