o = object()
print(type(o).__name__, object.__name__, object.__bases__, type(object).__name__)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class E:
    pass
print(E() == E(), E() != E())
e = E()
print(e == e, e != e, hash(e) == hash(e))
print(str(E.__mro__[-1].__name__), issubclass(E, object))
print(sorted(n for n in dir(E()) if not n.startswith('__')), '__init__' in dir(E()))
