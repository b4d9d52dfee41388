print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in "xy"))
t = (1, 2)
print(tuple(t) == t, t[:] == t, () == (), len(()))
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
m = ([1], [2])
m[0].append(9)
print(m)
print(repr((1,)), repr(()), str((1, "a")), repr(((),)))
