class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
a = [1, 2, 3]
print(Eq(2) in a)
print(a.count(Eq(3)))
print(a.index(Eq(3)))
nan = float("nan")
b = [nan]
print(nan in b, b.count(nan), b.index(nan), float("nan") in b)
