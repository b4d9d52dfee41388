# LOAD_GLOBAL must see every change to module globals, whichever way it is made, even after
# the same instruction has run many times (inline caches must be invalidated, not trusted).

x = 1


def read_x():
    return x


def warm(f, n=50):
    r = None
    for _ in range(n):
        r = f()
    return r


print("start", warm(read_x))

# rebinding through `global`, through globals() and through the module object
def set_x(v):
    global x
    x = v


set_x(2)
print("global stmt", warm(read_x))
globals()["x"] = 3
print("globals()[k]", warm(read_x))
import sys
sys.modules[__name__].x = 4
print("module attr", warm(read_x))
setattr(sys.modules[__name__], "x", 5)
print("setattr", warm(read_x))

# deletion makes the name unbound; re-adding it is seen again
del x
try:
    read_x()
except NameError as e:
    print("after del:", e)
x = 6
print("re-added", warm(read_x))
globals().pop("x")
try:
    read_x()
except NameError as e:
    print("after pop:", e)
globals().update(x=7)
print("update", warm(read_x))
globals().update({"x": 8, "other": 0})
print("update dict", warm(read_x))
exec("x = 9", globals())
print("exec into globals", warm(read_x))
delattr(sys.modules[__name__], "x")
try:
    read_x()
except NameError as e:
    print("after delattr:", e)
globals().setdefault("x", 10)
print("setdefault", warm(read_x))


# a global that shadows a builtin; deleting it falls back to the builtin
def use_len():
    return len([1, 2, 3])


print("builtin len", warm(use_len))
len = lambda s: "shadowed"
print("shadowing len", warm(use_len))
globals()["len"] = lambda s: "shadowed again"
print("rebound shadow", warm(use_len))
del len
print("shadow deleted", warm(use_len))
globals()["len"] = lambda s: "shadow via globals()"
print("shadow via globals()", warm(use_len))
del globals()["len"]
print("deleted via globals()", warm(use_len))


# the function reads a name that does not exist yet, then does
def read_late():
    return late


try:
    read_late()
except NameError as e:
    print("before:", e)
late = "now defined"
print(warm(read_late))
