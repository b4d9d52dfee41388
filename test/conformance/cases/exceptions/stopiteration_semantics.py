it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def gen():
    yield 1
    return "retval"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
