def documented(a, b=1):
    "The doc."
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__)
def kwd(*, k=5):
    pass
print(kwd.__kwdefaults__)
documented.custom = "attr"
print(documented.custom, documented.__dict__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, C.method.__name__)
print(documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_varnames)
print(callable(documented), type(documented).__name__)
documented.__name__ = "renamed"
print(documented.__name__)
