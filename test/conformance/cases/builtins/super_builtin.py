class A:
    def f(self):
        return "A.f"
    def g(self):
        return "A.g"
class B(A):
    def f(self):
        return "B.f > " + super().f()
class C(B):
    def f(self):
        return "C.f > " + super().f()
    def g(self):
        return "C.g > " + super(B, self).g()
c = C()
print(c.f(), "|", c.g())
s = super(C, c)
print(s.f(), type(s).__name__)
print(super(B, C).f(c))
def not_in_class():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
not_in_class()
