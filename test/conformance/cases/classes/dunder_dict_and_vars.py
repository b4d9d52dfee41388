class C:
    a = 1
    def __init__(self):
        self.b = 2
        self.c = 3
c = C()
print(c.__dict__, vars(c))
c.__dict__["d"] = 4
print(c.d)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
vars(c)["e"] = 5
print(c.e)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
