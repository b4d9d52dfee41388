class Guarded:
    def __init__(self):
        self.allowed = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "allowed":
            raise AttributeError("allowed is permanent")
        super().__delattr__(name)
g = Guarded()
g.other = 2
setattr(g, "third", 3)
try:
    g._hidden = 1
except AttributeError as e:
    print(type(e).__name__, e)
del g.other
try:
    del g.allowed
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(g)))
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise TypeError("frozen")
try:
    Frozen().x = 1
except TypeError as e:
    print(type(e).__name__, e)
