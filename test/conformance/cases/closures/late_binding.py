fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
i = 99
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    j = "changed"
    return out
print([g() for g in make()])
def factory(n):
    return lambda: n
print([factory(k)() for k in range(3)])
