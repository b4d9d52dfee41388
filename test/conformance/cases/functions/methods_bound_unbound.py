class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, m.__name__)
d = C(5)
print(c.get == c.get, c.get == d.get, C.get == C.get)
print(type(m).__name__, type(C.get).__name__)
f = C.get
print(f(C(9)))
bound_list = [C(i).get for i in range(3)]
print([b() for b in bound_list])
print((1).__add__.__self__, [].append.__name__, "abc".upper.__self__)
