a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
r = mutate(a)
print(a, r)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
