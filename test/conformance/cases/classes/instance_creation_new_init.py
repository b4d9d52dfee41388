class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
