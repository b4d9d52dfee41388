vals = [0, 1, -1, 3.14159, -2.5, 0.5, 1.5, 2.5, 1234567.891, 1e-10, 1e20, 0.125, 0.375]
for v in vals:
    print(format(v, ".3f"), format(v, ".0f"), format(v, "f"), format(v, "10.2f"), format(v, "+.1f"))
print(format(float("inf"), ".2f"), format(float("nan"), "F"), format(-float("inf"), "f"))
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.045, ".2f"))
print(format(1e300, ".2f")[:20], len(format(1e300, ".2f")))
