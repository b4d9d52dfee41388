total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(10, 0, -2):
    print(i, end=" ")
print()
print([i for i in range(-3, 3)], sum(range(0, 1000, 7)), max(range(5)), min(range(3, 9)))
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(r))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(list(range(2**70, 2**70 + 3)), range(2**70)[-1])
