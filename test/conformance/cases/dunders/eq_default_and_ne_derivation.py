class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
x, y, z = A(1), A(1), A(2)
print(x == y, x != y, x == z, x != z)
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
o = object()
print(o == o, o != o, o == object())
print([A(1)] == [A(1)], (A(1),) == (A(2),), A(1) in [A(1)])
