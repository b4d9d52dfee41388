def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
