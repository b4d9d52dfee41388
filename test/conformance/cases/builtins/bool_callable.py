print(bool(), bool(0), bool(1), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(0.0), bool(0j), bool(range(0)))
print(bool.__name__, type(bool(1)).__name__, bool is type(True))
try:
    bool.__new__(bool, 1, 2) if False else bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __call__(self):
        pass
def f():
    pass
print(callable(f), callable(C), callable(C()), callable(1), callable("s"), callable(print), callable(lambda: 0), callable(C.__call__))
