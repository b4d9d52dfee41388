x = "global"
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def outer2():
    def inner():
        return y
    y = "defined after inner"
    return inner()
print(outer2())
def outer3():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    z = 1
print(outer3())
def level(a):
    def l2(b):
        def l3(c):
            return a + b + c
        return l3
    return l2
print(level(1)(10)(100))
