# round/divmod/pow: int and float paths, dunders, errors.
def show(f):
    try:
        print("->", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e20, -0.0, 123.456, 0.1 + 0.2]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, None))
for n in [5, 15, 25, -5, -15, 12345, -12350, 12350, 2**100, True]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 3), round(n, -50))
show(lambda: round())
show(lambda: round(x=1.5))
show(lambda: round(number=2.5, ndigits=0))
show(lambda: round(1.5, 1.0))
show(lambda: round(float("nan")))
show(lambda: round(float("inf")))
show(lambda: round(float("nan"), 2))
show(lambda: round(1e300, -400))
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: round(5e-324, 400))
show(lambda: round("1"))
show(lambda: round([1]))

class R:
    def __round__(self, *args):
        return ("rounded", args)
print(round(R()), round(R(), 2), round(R(), None))

class MyInt(int):
    pass
print(round(MyInt(1234), -2), type(round(MyInt(7))).__name__)

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(17.5, 5), divmod(-7.5, 2), divmod(7, -2.0), divmod(-0.0, 5), divmod(0.0, -5))
print(divmod(2**70, 7), divmod(-(2**70), 7), divmod(True, 2), divmod(1e308, 1e-308))
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: divmod(1, 0.0))
show(lambda: divmod(1j, 1))
show(lambda: divmod(1))
show(lambda: divmod("a", 1))
show(lambda: divmod(2**2000, 1.5))

class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(D(), 3), divmod(3, D()))
class Sub(int):
    def __rdivmod__(self, other):
        return "sub wins"
print(divmod(7, Sub(2)))

print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-2, 3), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(3, 200, 10**30), pow(2**100 + 7, 2**70, 10**20 + 3), pow(-2, 3, 5), pow(2, 3, -5), pow(2, -1, 7), pow(5, -2, 13))
print(pow(2, -1, 1), pow(0, 0, 7), pow(7, 0, 1), pow(True, 5, 3), pow(3, 2, None))
show(lambda: pow())
show(lambda: pow(x=1, y=2))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2, -1, 4))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 0.5, 3))
show(lambda: pow(2, 3, 1.0))
show(lambda: pow(0, -1))
show(lambda: pow("a", 2, 3))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()))
