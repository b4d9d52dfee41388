class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y, hasattr(p, "__dict__"), P.__slots__)
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q = Q(5)
q.anything = "ok, subclass has __dict__"
print(q.anything)
class R(P):
    __slots__ = ("w",)
r = R(1)
r.w = 2
try:
    r.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = "single"
s = S()
s.single = 1
print(s.single)
