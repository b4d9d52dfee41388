print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({w[0]: len([x for x in words if x[0] == w[0]]) for w in words})
