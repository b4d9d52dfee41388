class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
print(Base() + Sub())
print(Sub() + Base())
class Money(int):
    def __radd__(self, o):
        return "Money.__radd__"
print(1 + Money(2))
print(Money(2) + 1)
class NI:
    def __eq__(self, o):
        print("NI.__eq__")
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
print(NI() == NI(), NI() != 1)
try:
    NI() < NI()
except TypeError as e:
    print(type(e).__name__, e)
class Gt:
    def __gt__(self, o):
        return "Gt.__gt__ reflected"
print(1 < Gt())
