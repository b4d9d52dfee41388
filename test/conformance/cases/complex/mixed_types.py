print(1 + 1j + 1.5, True + 1j, 2 ** 100 + 1j, (1 + 1j) * True)
print(1j == 1j + 0, 1 == 1 + 0j, 1.5 == 1.5 + 0j, 1 + 1j == 1)
print(sum([1j, 2, 3.5]), [1j] * 2)
print((1 + 2j) in [1 + 2j], {1 + 0j: "x"}[1])
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1 + 0j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1j)
except TypeError as e:
    print(type(e).__name__, e)
