# Attribute loads and stores at one site must follow every change to the instance, its class
# and the class's bases, even after the site has run many times (inline caches must notice).


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


def warm(f, *args, n=40):
    r = None
    for _ in range(n):
        r = f(*args)
    return r


class C:
    pass


c = C()
c.x = 1
print("instance attr", warm(read_x, c))
write_x(c, 2)
print("after store", warm(read_x, c))

# a property (data descriptor) added to the class takes precedence over the instance dict
setter_calls = []
C.x = property(lambda self: "from property", lambda self, v: setter_calls.append(v))
print("property added", warm(read_x, c))
for i in range(5):
    write_x(c, i)
print("setter got", setter_calls, "instance dict still", c.__dict__)
del C.x
print("property removed", warm(read_x, c))

# a plain class attribute does not shadow the instance dict, and shows through once the
# instance attribute is deleted
C.x = "class value"
print("class attr, instance wins", warm(read_x, c))
del c.x
print("instance attr deleted", warm(read_x, c))
c.x = "again"
print("re-added", warm(read_x, c))

# a base class gaining a property affects the subclass's instances
class Base:
    pass


class Derived(Base):
    pass


d = Derived()
d.x = "plain"
print(warm(read_x, d))
Base.x = property(lambda self: "base property")
print(warm(read_x, d))
del Base.x
print(warm(read_x, d))

# __getattr__ / __getattribute__ added after the site was warmed
class G:
    pass


g = G()
g.x = "real"
print(warm(read_x, g))
G.__getattribute__ = lambda self, name: "intercepted " + name
print(warm(read_x, g))
del G.__getattribute__
print(warm(read_x, g))
G.__getattr__ = lambda self, name: "fallback " + name
del g.x
print(warm(read_x, g))

# __setattr__ added after the store site was warmed
class S:
    pass


s = S()
warm(write_x, s, 1)
S.__setattr__ = lambda self, name, value: print("__setattr__", name, value)
write_x(s, 5)
print(s.x)
del S.__setattr__
write_x(s, 6)
print(s.x)

# a descriptor class that later gains __set__ becomes a data descriptor
class Desc:
    def __get__(self, obj, owner):
        return "descriptor get"


class H:
    x = Desc()


h = H()
h.__dict__["x"] = "instance value"
print(warm(read_x, h))
Desc.__set__ = lambda self, obj, value: None
print(warm(read_x, h))

# replacing the instance dict, or the instance's class
class K:
    pass


k = K()
k.x = "old dict"
print(warm(read_x, k))
k.__dict__ = {"x": "new dict"}
print(warm(read_x, k))


class K2:
    x = "K2 class attr"


k.__class__ = K2
print(warm(read_x, k))
del k.x
print(warm(read_x, k))
