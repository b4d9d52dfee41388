for v in [0.0, 1.0, -2.0, 1.5, 0.1, 1e300, -0.0, 2.5, 1/3]:
    print(v, v.is_integer(), v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
