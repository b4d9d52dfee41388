import _helper_mod
import sys
print(__name__, _helper_mod.__name__)
names = sorted(n for n in dir(_helper_mod) if not n.startswith("__"))
print(names)
print(sorted(n for n in vars(_helper_mod) if not n.startswith("__")) == names)
_helper_mod.new_attr = "set from outside"
print(_helper_mod.new_attr, getattr(_helper_mod, "VALUE"), hasattr(_helper_mod, "nope"))
try:
    _helper_mod.nope
except AttributeError as e:
    print(type(e).__name__, e)
this = sys.modules[__name__]
print(this.__name__, hasattr(this, "names"))
print(isinstance(_helper_mod.__dict__, dict), "__builtins__" in dir())
