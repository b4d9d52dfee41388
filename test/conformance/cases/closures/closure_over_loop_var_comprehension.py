adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
gens = [(lambda: m) for m in "abc"]
print([g() for g in gens])
def scope():
    k = "enclosing"
    return [k for _ in range(2)]
print(scope())
