class A:
    attr = "A.attr"
    def m(self):
        return "A.m"
class B(A):
    pass
class C(B):
    attr = "C.attr"
c = C()
print(c.attr, c.m(), B.attr)
c.m = lambda: "instance override"
print(c.m(), C.m(c))
A.m = lambda self: "patched A.m"
print(B().m())
del C.attr
print(c.attr)
