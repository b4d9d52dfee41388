def make_gen(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
g = make_gen(3)
print(list(g()), list(g()))
def counter_gen():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    for v in [1, 2, 3]:
        yield add(v)
print(list(counter_gen()))
