def broken():
    yield 1
    next(iter([]))
    yield 2
g = broken()
print(next(g))
print(next(g))
