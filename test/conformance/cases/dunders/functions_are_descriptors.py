class C:
    def m(self):
        return "m on " + type(self).__name__
def free(self):
    return "free function bound to " + type(self).__name__
C.free = free
c = C()
print(c.free(), C.m.__get__(c)(), C.__dict__["m"].__get__(c, C)())
bound = free.__get__(c)
print(bound(), type(bound).__name__)
c.inst = free
try:
    c.inst()
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(free).__get__(c)(1) if False else classmethod(lambda cls: cls.__name__).__get__(c, C)())
