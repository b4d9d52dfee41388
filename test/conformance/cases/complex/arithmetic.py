a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a)
print(a + 1, 1 + a, a * 2.5, 2 / a, a / 2)
print(a == 3 + 4j, a != b, a == (3+4j) + 0)
print((1j) ** 2, 1j ** 0, 2 ** 1j)
print(a ** 0.5, (-1) ** 0.5, (-4 + 0j) ** 0.5)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a % 2
except TypeError as e:
    print(type(e).__name__, e)
