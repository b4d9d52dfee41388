d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["apple"] = 100
print(list(d.items()))
del d["zebra"]
d["zebra"] = 0
print(list(d))
d2 = dict(b=1, a=2)
print(d2, dict([("y", 1), ("x", 2)]), dict({"q": 1}, r=2))
print({3: "c", 1: "a", 2: "b"}, dict.fromkeys("cab"))
