import sys
import _helper_mod
import _helper_mod
print("first bump", _helper_mod.bump())
import _helper_mod as again
print("second bump via alias", again.bump())
from _helper_mod import counter
print("from-import copies the binding:", counter)
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
mod = __import__("_helper_mod")
print(mod is _helper_mod, mod.counter)
