class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c["z"], "z" in c, c.get("z"))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a)
class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")
try:
    Loud()["k"]
except KeyError as e:
    print(type(e).__name__, e)
