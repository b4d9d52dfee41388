class C:
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    v = property(_get, _set)
    def plain(x):
        return x * 3
    triple = staticmethod(plain)
    def name(cls):
        return cls.__name__
    cls_name = classmethod(name)
c = C()
c.v = 5
print(c.v, C.triple(2), c.triple(3), C.cls_name(), c.cls_name())
print(isinstance(C.__dict__["v"], property), isinstance(C.__dict__["triple"], staticmethod), isinstance(C.__dict__["cls_name"], classmethod))
p = property(lambda self: "getter").getter(lambda self: "replaced getter")
class D:
    x = p
print(D().x)
print(C.__dict__["triple"].__func__ is C.plain if hasattr(C.__dict__["triple"], "__func__") else "no __func__")
