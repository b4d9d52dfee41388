# Values around 2**47 and 2**63 exercise fast-path overflow checks.
edges = [2**47 - 1, 2**47, -(2**47), -(2**47) - 1, 2**63 - 1, 2**63, -(2**63)]
for e in edges:
    print(e + 1, e - 1, e * 2, e * -1, e // 2, -e)
x = 2**46
for _ in range(4):
    x = x + x
    print(x)
y = 140737488355327
print(y + y, y * y, y * -y)
print(-(-(2**47)))
print(abs(-(2**47)), abs(-(2**63)))
