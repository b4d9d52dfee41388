z = 1 + 1j
for n in range(-3, 6):
    print(n, z ** n)
print(z ** 2.5, z ** z, 0j ** 0, 0j ** 2)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** (1j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2j, 3), pow(2, 1j))
