class Outer:
    class Inner:
        def method(self):
            pass
        class Deeper:
            pass
    def fn(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner.Deeper.__qualname__)
print(Outer().fn().__qualname__, Outer().fn().__name__)
print(Outer.__module__, Outer.fn.__module__)
def f():
    def g():
        pass
    return g
print(f().__qualname__, (lambda: 0).__qualname__)
