print(1 / 2, 7 / 7, -7 / 2, 1 / 3, 2 / 3)
print(10**20 / 10**10, 2**53 / 1, (2**53 + 1) / 1)
print(10**400 // 10**398, 10**300 / 10**299)
print(1 / 10**400 if False else (10**400) / (10**399))
try:
    10**400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((2**1000 + 1) / 2**999)
