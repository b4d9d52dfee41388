def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (object,), {"x": 1, "hello": hello})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub().hello(), Sub.x, [c.__name__ for c in Sub.__mro__])
print(type(1), type("s"), type(None), type(type), type(Dyn))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
