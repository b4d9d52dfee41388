print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(-2.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -5))
print(round(1.23456789e10, -5), round(5e-324, 400), round(1e300, -299), round(1e300, -400))
print(round(0.1 + 0.2, 15), round(-0.0, 1), round(0.0, 5))
print(round(float("inf"), 2), round(float("nan"), 2))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(7.0), round(7.49999999999), round(-7.5))
