print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-2, 3), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(round(3.14159), round(3.14159, 2), round(-3.5), round(4.5), round(1234, -2), round(2.5, None))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
