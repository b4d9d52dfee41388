print(dict(), dict(a=1), dict([(1, 2)]), dict(zip("ab", [1, 2])), dict({"k": "v"}), dict([["x", 0]]))
print(dict([("a", 1)], a=2), dict(((i, i) for i in range(3))))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})
try:
    dict([("a",), ("b", 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
