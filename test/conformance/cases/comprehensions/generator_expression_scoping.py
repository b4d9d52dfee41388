x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def early_binding():
    seq = [1, 2, 3]
    g = (v for v in seq)
    seq = [9]
    return list(g)
print(early_binding())
print(list(i * j for i in range(3) for j in range(2)))
print(sum(x for x in range(101)), any(x > 50 for x in range(100)), all(x < 50 for x in range(100)))
print(sorted((x for x in "banana"), reverse=True), "-".join(str(n) for n in range(4)))
print(tuple(x for x in "ab"), set(x % 2 for x in range(5)), dict((k, k * 2) for k in range(3)))
