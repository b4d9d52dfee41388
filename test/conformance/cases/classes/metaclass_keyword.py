class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, tag="base"):
    def method(self):
        pass
class Derived(Base, tag="derived"):
    x = 1
print(Base.tag, Derived.tag, type(Derived).__name__)
obj = Derived()
print(type(obj).__name__, isinstance(Derived, Meta))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.classes)
