class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s)
class Inherits(Both):
    pass
print(hash(Inherits(5)) == hash(5))
class OverridesEq(Both):
    def __eq__(self, o):
        return False
try:
    hash(OverridesEq(1))
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
