def src():
    for i in range(3):
        print("produce", i)
        yield i
def double(x):
    print("double", x)
    return x * 2
ge = (double(x) for x in src())
print("generator expression created")
for v in ge:
    print("consume", v)
def outer_iter():
    print("outer iterable evaluated")
    return [1, 2]
g2 = (x for x in outer_iter())
print("first iterable evaluated eagerly")
print(list(g2))
print(sum(x * x for x in range(10)), max((len(w) for w in ["a", "bbb"]), default=0))
g3 = (y for y in range(3))
print(next(g3), list(g3), list(g3))
try:
    g4 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
