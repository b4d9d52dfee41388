def gen():
    yield 1
    yield 2
    return "done"
g = gen()
print(list(g))
g = gen()
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("StopIteration.value =", e.value)
        break
def early():
    return 5
    yield
try:
    next(early())
except StopIteration as e:
    print(e.value, e.args)
def none_return():
    yield 1
g = none_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
