class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        print("__isub__ returns NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("__sub__")
        return Acc(self.v - o)
a = Acc(1)
alias = a
a += 5
print(a.v, a is alias)
a -= 2
print(a.v, a is alias)
class OnlyAdd:
    def __add__(self, o):
        return "added"
x = OnlyAdd()
x += 1
print(x)
lst = [1]
tup = (lst,)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
