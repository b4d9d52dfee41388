d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"))
print(d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
