print(callable(breakpoint), type(breakpoint).__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.print is print, hasattr(builtins, "open"))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
