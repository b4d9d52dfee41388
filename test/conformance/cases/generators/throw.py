def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")
def fresh():
    yield 1
h = fresh()
try:
    h.throw(IndexError("before start"))
except IndexError as e:
    print("thrown before start:", e)
print(list(h))
def g2():
    try:
        yield 1
    finally:
        print("g2 finally")
it = g2()
next(it)
try:
    it.throw(TypeError)
except TypeError as e:
    print("type-only throw", repr(e))
