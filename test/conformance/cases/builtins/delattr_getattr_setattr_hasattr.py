class C:
    cls_attr = "class"
o = C()
setattr(o, "x", 1)
setattr(o, "with space", "allowed")
print(getattr(o, "x"), getattr(o, "with space"), getattr(o, "cls_attr"), getattr(o, "missing", None))
print(hasattr(o, "x"), hasattr(o, "missing"), hasattr(C, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def bad(self):
        raise ValueError("property raised")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
print(getattr(1, "real"), getattr("s", "upper")())
