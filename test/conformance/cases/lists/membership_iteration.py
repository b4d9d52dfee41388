a = [1, 2, [3, 4], "five"]
print(3 in a, [3, 4] in a, "five" in a, "f" in a, 2.0 in a, None not in a)
for i, v in enumerate(a):
    print(i, v)
b = [1, 2, 3]
for x in b:
    if x == 1:
        b.append(4)
    print(x, end=" ")
print()
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)
print(list(reversed([1, 2, 3])), list(enumerate("ab", 10)))
