# Attributes that CPython defines with data descriptors (object.__class__, function and
# exception attributes) win over an instance-dict entry of the same name; plain class
# attributes and __getattr__ do not.


class C:
    pass


c = C()
c.__dict__["__class__"] = "shadow"
print(c.__class__ is C, c.__dict__["__class__"])


def f():
    "doc"


for name in ["__name__", "__qualname__", "__module__", "__doc__", "__defaults__", "__code__"]:
    f.__dict__[name] = "shadow"
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__code__.co_name)
f.__dict__["custom"] = 1
print(f.custom, sorted(k for k in f.__dict__ if not k.startswith("__")))

e = ValueError(1, 2)
e.__dict__["args"] = "shadow"
e.__dict__["__cause__"] = "shadow"
e.__dict__["note"] = "kept"
print(e.args, e.__cause__, e.note)


class K:
    __name__ = "class attribute"   # a plain class attribute: the instance dict wins


k = K()
print(k.__name__)
k.__dict__["__name__"] = "instance"
print(k.__name__, K.__name__)


class WithName:
    __name__ = "body"


print(WithName.__name__, WithName().__name__)


def read(o):
    return o.__class__


# the same access site over objects with and without a shadowing entry
objs = [C(), c, C(), c]
print([read(o) is C for o in objs])
