big = 2 ** 200
f = float(big)
print(big == f, big + 1 == f, big - 1 < f, big + 1 > f)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float("inf"))
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53 + 1, float(2**53 + 1))
print(0.5 < 1, 1 <= 1.0, 3 >= 3.0000000000000001)
print(sorted([3, 1.5, 2**64, -0.5, 1e19, -2**70]))
print(int(1e19) == 10**19, int(1e23), int(-1e23))
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(type(e).__name__, e)
