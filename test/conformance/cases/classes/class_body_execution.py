print("before class")
class C:
    print("executing class body")
    x = 1
    y = x + 1
    for i in range(3):
        pass
    if y > 1:
        z = "conditional"
    def m(self):
        return self.z
    print("locals:", sorted(k for k in locals() if not k.startswith("__")))
print("after class", C.y, C.i, C.z, C().m())
class D:
    a = [1, 2]
    b = [v * 2 for v in a]
print(D.b)
