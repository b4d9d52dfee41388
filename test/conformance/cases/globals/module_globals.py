# Another module's globals changed from outside (attribute assignment, delattr, its
# __dict__), as seen by that module's own functions; and builtins changed through
# __builtins__ as seen by cached builtin lookups.
import _modglobals as m


def warm(f, n=30):
    r = None
    for _ in range(n):
        r = f()
    return r


print(warm(m.read_x))
m.X = "assigned"
print(warm(m.read_x))
del m.X
try:
    m.read_x()
except NameError as e:
    print("deleted:", e)
m.__dict__["X"] = "via __dict__"
print(warm(m.read_x))
vars(m).pop("X")
try:
    m.read_x()
except NameError as e:
    print("popped:", e)
vars(m).update(X="via update")
print(warm(m.read_x))

# a builtin found through builtins, then shadowed in the module's globals
print(warm(m.read_print) is print)
m.print = "module-level print"
print(warm(m.read_print))
del m.print
print(warm(m.read_print) is print)


# builtins themselves changing (in __main__, __builtins__ is the builtins module)
def call_abs():
    return abs(-3)


print(warm(call_abs))
real_abs = abs
__builtins__.abs = lambda v: "patched abs"
print(warm(call_abs))
del __builtins__.abs
try:
    call_abs()
except NameError as e:
    print("no abs:", e)
__builtins__.abs = real_abs
print(warm(call_abs))


def call_new_builtin():
    return brand_new_builtin


try:
    call_new_builtin()
except NameError as e:
    print("missing:", e)
__builtins__.brand_new_builtin = "added to builtins"
print(warm(call_new_builtin))
brand_new_builtin = "global shadows it"
print(warm(call_new_builtin))
del brand_new_builtin
print(warm(call_new_builtin))
del __builtins__.brand_new_builtin
try:
    call_new_builtin()
except NameError as e:
    print("removed:", e)
