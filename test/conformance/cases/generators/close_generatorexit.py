def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("next after close: StopIteration")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
unstarted = gen()
unstarted.close()
print("closing unstarted prints nothing")
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
