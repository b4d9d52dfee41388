print({5, 3, 1, 4, 2})
print(set(range(10)), set(range(9, -1, -1)))
print({0, 10, 20, 30, 8, 16})
s = set()
for x in [7, 3, 9, 3, 1]:
    s.add(x)
print(s, list(s), sorted(s, reverse=True))
print({-1, -2, 0, 1})
print(set([100, 33, 2, 65]))
