print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"))
print(format(True), format(None), format([1, 2]), format(10, ""), format(2**64, "x"))
print(format(-7, "+05d"), format(255, "#X"), format(1e-9, ".1e"), format(123, "o"))
try:
    format(1, "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
