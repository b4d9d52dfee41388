def sub():
    try:
        while True:
            try:
                x = yield
                print("sub received", x)
            except ValueError as e:
                print("sub handled", e)
    finally:
        print("sub finally")
def delegator():
    yield from sub()
g = delegator()
next(g)
g.send(1)
g.throw(ValueError("thrown through"))
g.send(2)
g.close()
print("closed")
def sub2():
    yield 1
    return "sub2 result"
def deleg2():
    r = yield from sub2()
    return r.upper()
try:
    g = deleg2()
    next(g)
    next(g)
except StopIteration as e:
    print(e.value)
