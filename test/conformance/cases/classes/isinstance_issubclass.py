class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, (C, (int, A))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(int, object), issubclass(type, object), isinstance(object, type), isinstance(type, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
