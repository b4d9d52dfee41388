print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 10 % 4.0, 2 ** 3.0, 2.0 ** 3)
print(type(1 + 2.0).__name__, type(10 // 4.0).__name__, type(4 / 2).__name__)
print(10**20 + 0.5, 2**100 * 1.0, 1.0 * 2**1023)
try:
    2**1024 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(True + 1.5, 1.5 * False)
print(7 // 0.5, -7 // 0.5, 7 % 0.75, divmod(7, 0.75))
