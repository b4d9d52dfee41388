d = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset({1}): "fs"}
print(d)
print(d[1.0], d[True], d[frozenset([1])], len(d))
print({1: "a"} == {1.0: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == {}, {1: 1} != {1: 2})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
m = {K(1): "one"}
print(m[K(1)], K(2) in m)
