# Attribute sites on objects whose stores or loads are special: modules, functions,
# exceptions, classes with __slots__, and class objects themselves.
import sys

mod = sys.modules[__name__]
counter = 0


def bump_module():
    mod.counter = mod.counter + 1
    return mod.counter


for _ in range(30):
    bump_module()
print(counter)
del mod.counter
try:
    bump_module()
except AttributeError as e:
    print("AttributeError:", e)
counter = 100
print(bump_module())


def set_name(f, v):
    f.__name__ = v
    f.custom = v.upper()
    return f.__name__, f.custom


def target():
    pass


for i in range(30):
    r = set_name(target, "n%d" % i)
print(r, target.__name__)


def set_args(e, v):
    e.args = v
    e.note = "note"
    return str(e)


e = ValueError("x")
for i in range(30):
    r = set_args(e, (i,))
print(r, str(e))
e.__dict__["args"] = "in dict"
for i in range(5):
    r = set_args(e, ("special", i))
print(r, e.__dict__)
target.__dict__["__name__"] = "in dict"
for i in range(5):
    set_name(target, "again%d" % i)
print(target.__dict__, repr(target).split(" at ")[0])


class Slotted:
    __slots__ = ("x",)


def set_x(o, v):
    o.x = v
    return o.x


sl = Slotted()
for i in range(30):
    set_x(sl, i)
print(sl.x)
try:
    sl.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    label = "class label"


def read_label(o):
    return o.label


for _ in range(30):
    read_label(WithMeta)
print(read_label(WithMeta), read_label(WithMeta()))
WithMeta.label = "changed"
print(read_label(WithMeta), read_label(WithMeta()))
Meta.label = property(lambda cls: "meta property")
print(read_label(WithMeta), read_label(WithMeta()))


# a name both the class and its metaclass define: loading it from the class finds the class's
class Meta2(type):
    def both(cls):
        return "Meta2.both"

    def only_meta(cls):
        return "Meta2.only_meta on " + cls.__name__


class WithMeta2(metaclass=Meta2):
    def both(*args):
        return "WithMeta2.both with %d args" % len(args)


def call_both(o):
    return o.both(), o.only_meta()


for _ in range(30):
    r = call_both(WithMeta2)
print(r)
