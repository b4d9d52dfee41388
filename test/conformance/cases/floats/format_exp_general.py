vals = [0.0, 1.0, 123.456, -0.000123456, 1e100, 5e-324, 12345678.9, 0.1]
for v in vals:
    print(format(v, "e"), format(v, ".2e"), format(v, "E"), format(v, "g"), format(v, ".3g"), format(v, "G"), format(v, ".10g"))
print(format(1e-5, "g"), format(1e-4, "g"), format(1e16, "g"), format(1e15, ".16g"), format(123456, "g"), format(1234567, "g"))
print(format(100.0, "g"), format(100.0, "#g"), format(1.0, "#.3g"), format(0.0, "#e"))
print(format(1.5, ""), format(1e20, ""), format(1e16, ""), format(1.0, ".3"), format(1234.5, ".2"))
