counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def create():
    global fresh
    fresh = "created in function"
create()
print(fresh)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 2
print(read_only())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()
def multi():
    global g1, g2
    g1, g2 = 1, 2
multi()
print(g1, g2)
