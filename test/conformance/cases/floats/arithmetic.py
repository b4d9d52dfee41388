print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1.5 * 2, 7.0 / 2, 7.0 // 2, 7.0 % 2)
print(-7.0 // 2, -7.0 % 2, 7.0 % -2, -7.5 // -2, 7.5 % -2, divmod(-7.5, 2))
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, (-8.0) ** 2, 2 ** 0.5, 10.0 ** 308)
print(1e308 + 1e308, 1.5 + 2, 3 - 1.5, 2 * 1.25)
print(0.1 + 0.7, 1.1 + 2.2, 3.3 * 3, 100 * 1.1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print((-8) ** (1/3))
print(0.0 ** 0, 0.0 ** 0.0, (-0.0) ** 3)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
