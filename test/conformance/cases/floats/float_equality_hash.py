print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
print({1.0: "a"}[1], {0.5: "half"}[0.5], 1.0 in {1}, 2 in {2.0})
print(hash(1.0) == hash(1), hash(1e100) == hash(10**100), hash(float("inf")), hash(-float("inf")))
print(len({1, 1.0, True}), len({0, 0.0, -0.0, False}))
d = {}
d[1] = "int"
d[1.0] = "float"
print(d)
