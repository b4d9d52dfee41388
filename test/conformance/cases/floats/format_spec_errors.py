for spec in ["d", "x", "c", "s", ",_", "_,", "=", ".f", "5.5.5", "z", "#", "%%", "b", ".-1f", "00"]:
    try:
        print(repr(spec), format(1.5, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
