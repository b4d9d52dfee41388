data = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
((a, b), (c, (d, e))) = ((1, 2), (3, (4, 5)))
print(a, b, c, d, e)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
(i, *j), *k = "ab", "cd", "ef"
print(i, j, k)
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
