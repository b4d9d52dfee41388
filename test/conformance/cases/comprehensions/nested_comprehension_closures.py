funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda j=i: j) for i in range(3)]
print([f() for f in funcs2])
print([[j for j in range(i)] for i in range(4)])
def outer(n):
    return [[n * a * b for b in range(2)] for a in range(2)]
print(outer(5))
gens = [(x for _ in range(2)) for x in "ab"]
print([list(g) for g in gens])
