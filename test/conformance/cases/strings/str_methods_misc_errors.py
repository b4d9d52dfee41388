tests = [
    lambda: "abc".center(),
    lambda: "abc".zfill("3"),
    lambda: "abc".replace("a"),
    lambda: "abc".find(1),
    lambda: "abc".startswith(1),
    lambda: "abc".split(1),
    lambda: "abc".strip(1),
    lambda: "abc".join("x", "y"),
    lambda: "abc".count(),
    lambda: "abc".encode("no-such-codec"),
    lambda: "abc".upper(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
