pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10**25 + 7
print(divmod(big, 3), divmod(-big, 3), divmod(big, -3), divmod(-big, -10**12))
print(-(2**70) // 3, -(2**70) % 3)
