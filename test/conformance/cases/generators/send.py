def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
