class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d)
c.__dict__["nd"] = "instance dict wins over non-data"
c.__dict__["d"] = "instance dict loses to data"
print(c.nd, c.d)
c.d = 5
print(C.nd, C.d)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class P:
    x = Typed(int)
p = P()
p.x = 3
print(p.x)
try:
    p.x = "s"
except TypeError as e:
    print(type(e).__name__, e)
class WithDelete:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        print("__delete__ called")
class H:
    a = WithDelete()
del H().a
