class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"
items = [V(2, "a"), V(1, "b"), V(2, "c"), V(0, "d"), V(1, "e")]
print(sorted(items))
print(max(items, key=lambda x: x.v), min(items, key=lambda x: x.v))
class Bad:
    pass
try:
    sorted([Bad(), Bad()])
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
