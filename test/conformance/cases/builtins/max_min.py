print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min("hello"), max("apple", "banana"), min([[2], [1, 9]]))
print(max([], default="empty"), min((), default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-3, 2], key=abs), min([-3, 2], key=abs))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(1, 2.5), min(True, 0), max(iter([4, 8, 6])))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, "a"]), lambda: max(1, 2, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
