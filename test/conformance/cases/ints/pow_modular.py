print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 11), pow(5, -2, 13), pow(38, -1, 97))
print(pow(10**30 + 1, -1, 10**9 + 7))
print(pow(7, 0, 1), pow(7, 0, 5), pow(0, 0, 3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 1.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, -2), pow(-8, 1/3) if False else pow(4, 0.5))
print(2 ** -1, (-2) ** -2, 10 ** -3)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
