print(hash(1), hash(-1), hash(0), hash(2**62), hash(-(2**62)), hash(True), hash(1.0), hash(0.5))
print(hash((1, 2, 3)), hash(()), hash((None, (1,))) == hash((None, (1,))))
print(hash(None) == hash(None))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = object()
print(id(x) == id(x), type(id(x)).__name__)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
