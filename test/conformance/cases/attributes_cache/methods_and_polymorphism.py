# Method loads (obj.m(...)) through a warmed site: shadowing by the instance, replacement on
# the class or a base, and sites that see many classes.


class A:
    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


class C(A):
    pass


def call_m(o):
    return o.m()


def warm(f, *args, n=40):
    r = None
    for _ in range(n):
        r = f(*args)
    return r


a, b, c = A(), B(), C()
print(warm(call_m, a), warm(call_m, b), warm(call_m, c))

# an instance attribute shadows the method
a.m = lambda: "instance callable"
print(warm(call_m, a))
del a.m
print(warm(call_m, a))

# replacing the method on the class and on a base
A.m = lambda self: "new A.m"
print(warm(call_m, a), warm(call_m, c), warm(call_m, b))
del B.m
print(warm(call_m, b))
C.m = staticmethod(lambda: "static C.m")
print(warm(call_m, c))
C.m = classmethod(lambda cls: "classmethod on " + cls.__name__)
print(warm(call_m, c))

# many classes through one site (more than any small polymorphic cache holds)
classes = []
for i in range(9):
    classes.append(type("T%d" % i, (), {"m": (lambda i: lambda self: i * 10)(i), "v": i}))
objs = [cls() for cls in classes]
for o in objs:
    o.attr = o.v * 2
total = 0
for _ in range(30):
    for o in objs:
        total += o.m() + o.attr
print(total)
# a few classes through one site, each with its own method and attribute layout
few = [type("F%d" % i, (), {"m": (lambda i: lambda self: "F%d.m" % i)(i)}) for i in range(4)]
few_objs = []
for i, cls in enumerate(few):
    o = cls()
    for j in range(i):
        setattr(o, "pad%d" % j, j)
    o.attr = i
    few_objs.append(o)
seen = []
for _ in range(20):
    for o in few_objs:
        seen.append((o.m(), o.attr))
print(seen[-4:], len(set(seen)))


# instances of one class whose attributes were set in different orders
class P:
    pass


ps = []
for i in range(6):
    p = P()
    if i % 2:
        p.first, p.second = i, -i
    else:
        p.second, p.first = -i, i
    ps.append(p)
acc = []
for _ in range(10):
    for p in ps:
        p.first += 1
        acc.append(p.first - p.second)
print(acc[-6:], sum(acc))

# builtin methods through a warmed site, and a list subclass overriding one
def append_twice(lst, v):
    lst.append(v)
    lst.append(v)
    return len(lst)


class L(list):
    def append(self, v):
        list.append(self, ("wrapped", v))


plain = []
print(warm(append_twice, plain, 1))
sub = L()
print(append_twice(sub, 2), sub)
L.append = lambda self, v: list.append(self, "replaced")
print(append_twice(sub, 3), sub[-2:])
