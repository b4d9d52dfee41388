import math
calls = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(1, 1)", lambda: math.log(10, 1)),
    ("log2(0)", lambda: math.log2(0)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0)", lambda: math.acosh(0)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("log(0.0, 2)", lambda: math.log(0.0, 2)),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)),
]
for label, fn in calls:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)
print(math.log(10**1000), math.sqrt(10**400) if False else "skip")
