def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: f"{1:d}" + f"{'s':d}")
attempt(lambda: f"{1.5:d}")
attempt(lambda: f"{'x':>+5}")
attempt(lambda: f"{1:xx}")
attempt(lambda: f"{[]:5}")
attempt(lambda: f"{undefined_name}")
attempt(lambda: f"{1/0}")
attempt(lambda: f"{None:>5}")
attempt(lambda: f"{3:,d}|{3.5:,}")
attempt(lambda: f"{'abc':=5}")
