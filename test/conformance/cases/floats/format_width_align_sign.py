x = 3.5
for spec in ["8", "<8", ">8", "^8", "=8", "*^9", "08", "+08", "-8", " 8", "+", " ", "-", "=+8", "#<8.0f", "#.0f", "010.3f", "0=10.2f"]:
    print(f"{spec!r:>9}: [{format(x, spec)}] [{format(-x, spec)}]")
print(format(-0.0, "+"), format(0.0, "+"), format(-0.0, ".1f"), format(-0.0, "z.1f"), format(-0.0001, "z.2f"))
print(format(float("nan"), "+"), format(float("inf"), "010"), format(float("-inf"), "<8"))
