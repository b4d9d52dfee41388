vals = [0j, 1j, -1j, 1 + 0j, -1 + 0j, 1.5 - 2.5j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0),
        1e20 + 1e-20j, complex(float("inf"), float("nan")), complex(1, float("-inf")), 3 + 4j, 1e16j, 0.1 + 0.2j]
for v in vals:
    print(repr(v), str(v))
print(format(1 + 2j, ".2f"), format(1.5 - 2j, ""), format(3j, ">12"), f"{1+1j:g}", f"{-1.25+3j:.1e}")
