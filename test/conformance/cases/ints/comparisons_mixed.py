big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big)
print(10**400 > float("inf"), 10**400 < float("inf"), -10**400 > float("-inf"))
print(2**1000 == 2.0**1000, 2**1000 + 1 > 2.0**1000)
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0)
print(float("nan") == 0, 0 < float("nan"), 5 != float("nan"))
print(10**30 == 10.0**30, 10**22 == 1e22, 10**23 == 1e23)
print(max(1, 1.0), min(1.0, 1), max(2**100, 1e30))
print(3 == 3+0j, 3 < 4 < 5.5, 1 < 2 > 0)
