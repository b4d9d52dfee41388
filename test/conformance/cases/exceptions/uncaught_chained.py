try:
    1 / 0
except ZeroDivisionError as e:
    print("handling", type(e).__name__)
    raise RuntimeError("wrapped") from e
