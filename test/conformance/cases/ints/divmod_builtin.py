for a in (17, -17, 0, 2**100):
    for b in (5, -5, 10**20):
        print(divmod(a, b), end=" ")
    print()
q, r = divmod(10**40 + 123, 10**20)
print(q, r, q * 10**20 + r == 10**40 + 123)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.5, -2))
