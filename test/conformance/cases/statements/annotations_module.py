x: int = 5
y: str
z: "forward" = "zz"
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
lst = [0]
lst[0]: int = 9
print(lst, "lst" in __annotations__)
class C:
    pass
c = C()
c.attr: float = 1.5
print(c.attr)
(paren): int = 3
print(__annotations__)
