# One attribute-access site sees many objects and class changes: each result must be what
# the current class and instance say, whatever the site saw before.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


ps = [P(i, -i) for i in range(5)]
print([read_x(p) for p in ps])
for p in ps:
    write_x(p, p.x * 10)
print([read_x(p) for p in ps])


class Q:
    def __init__(self):
        self.y = "qy"    # different insertion order: x is entry 1 here
        self.x = "qx"


print(read_x(Q()), read_x(ps[2]), read_x(Q()))

# deleting and re-adding an instance attribute
p = P(1, 2)
print(read_x(p))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = "back"
print(read_x(p))

# a data descriptor added to the class later wins over the instance dict
print(read_x(ps[0]))
P.x = property(lambda self: "prop")
print(read_x(ps[0]))
try:
    write_x(ps[0], 5)
except AttributeError as e:
    print("AttributeError:", e)
del P.x
print(read_x(ps[0]))
write_x(ps[0], 7)
print(read_x(ps[0]))


# a data descriptor added to a base class
class Base:
    pass


class Derived(Base):
    def __init__(self):
        self.x = "inst"


d = Derived()
print(read_x(d), read_x(d))
Base.x = property(lambda self: "base-prop", lambda self, v: print("base setter", v))
print(read_x(d))
write_x(d, 3)
del Base.x
print(read_x(d))

# __class__ reassignment
class R:
    pass


r = P(4, 5)
print(read_x(r))
r.__class__ = R
print(read_x(r))
R.x = property(lambda self: "R-prop")
print(read_x(r))

# __getattribute__ and __setattr__ added later
P.__getattribute__ = lambda self, name: "ga:" + name
print(read_x(ps[1]))
del P.__getattribute__
print(read_x(ps[1]))


def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = logging_setattr
write_x(ps[1], 99)
del P.__setattr__
write_x(ps[1], 100)
print(read_x(ps[1]))


# __getattr__ only for missing names
class G:
    def __init__(self):
        self.x = "present"

    def __getattr__(self, name):
        return "missing:" + name


g = G()
print(read_x(g), read_x(g))
del g.x
print(read_x(g))


# __slots__ instances and builtin objects at the same site
class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


s = S()
print(read_x(s), read_x(s), read_x(ps[3]), read_x(s))
print(read_x(type("T", (), {"x": "class attr"})))
ns = type("NS", (), {})()
ns.x = "ns"
print(read_x(ns), read_x(ps[4]), read_x(ns))

# the instance dict replaced or cleared
q = P(1, 2)
print(read_x(q))
q.__dict__ = {"y": 0, "x": "new dict"}
print(read_x(q))
q.__dict__.clear()
try:
    read_x(q)
except AttributeError as e:
    print("AttributeError:", e)
vars(q)["x"] = "via vars"
print(read_x(q))
setattr(q, "x", "via setattr")
print(read_x(q))
