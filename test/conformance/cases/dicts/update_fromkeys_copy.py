d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(e=5)
d.update()
print(d)
c = d.copy()
c["a"] = 100
print(d["a"], c["a"], c == d)
print(dict.fromkeys(["x", "y"]), dict.fromkeys(range(3), 0))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
