def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
print(outer()[0])
def make():
    a = "outer"
    def mid():
        def inner():
            nonlocal a
            a = "changed by inner"
        inner()
        return a
    return mid(), a
print(make())
def two_levels():
    v = 1
    def level1():
        v = 2
        def level2():
            nonlocal v
            v = 3
        level2()
        return v
    return level1(), v
print(two_levels())
