print(int("0b101", 0), int(" 42 "), int(-3.99), float("  -1.5e2  "), float(7), complex(1.5), complex("2j"))
print(str(10), str(1.0), str(1e-10), str(-0.0), str(complex(0, -1)), str(2**0.5))
print(int(float("1e18")), int(2**0.5 * 10**6), float(10**18), float("1_000.25"))
