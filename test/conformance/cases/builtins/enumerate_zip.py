print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip(range(3), range(3), range(3))), dict(zip("abc", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(5):
        print("gen yields", i)
        yield i
print(list(zip(gen(), "ab")))
