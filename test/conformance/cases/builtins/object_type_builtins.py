o = object()
print(type(o).__name__, isinstance(o, object), type(object), type(type), type(type(1)))
print(type(1) is int, type("") is str, type([]) is list, type(len).__name__, type(lambda: 0).__name__)
print(type(print).__name__, type([].append).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(type).__name__)
T = type("T", (), {"a": 1})
print(T.__name__, T.a, type(T()).__name__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
