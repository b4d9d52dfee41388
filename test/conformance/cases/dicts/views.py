d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(it & {("a", 1), ("b", 0)}, sorted(it - {("a", 1)}))
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[0])
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values())
print(sorted(d.keys() - ["a", "b"]))
