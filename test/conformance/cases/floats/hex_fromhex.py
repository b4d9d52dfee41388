for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1/3, 0.5, 255.0, float("inf"), float("nan")]:
    print(v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.999999999999ap-4", "0X1P-1074", "0x.8p1", "1p4", "0xap0", "  0x1p1  ", "inf", "-nan", "0x1.fffffffffffffp1023"]:
    print(s.strip(), float.fromhex(s))
for bad in ["0x", "0x1pz", "", "0x1p99999"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1)
