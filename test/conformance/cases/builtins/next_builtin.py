it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
g = (x for x in "ab")
print(next(g), next(g), next(g, "done"))
