print(len(""), len("abc"), len("🐍"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"ab"), len(bytearray(3)))
print(len(range(0, 100, 7)), len({}.keys()), len(frozenset()), len(dict(a=1).items()))
for bad in [5, 1.5, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
