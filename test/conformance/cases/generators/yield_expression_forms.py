def g():
    x = yield
    print("x =", x)
    y = (yield 1) + 10
    print("y =", y)
    z = yield x, y
    print("z =", z)
    yield
gen = g()
print(next(gen))
print(gen.send("first"))
print(gen.send(5))
print(gen.send("third"))
def lam_gen():
    f = lambda: (yield 42)
    return f()
print(list(lam_gen()))
