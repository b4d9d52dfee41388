import sys
import math
print("sys" in sys.modules, "math" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.modules["math"] is math, sys.modules["__main__"].__name__)
print("_definitely_not_loaded" in sys.modules)
a = sys.intern("hello world " + "interned")
b = sys.intern("hello world interned")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(sys.path).__name__, isinstance(sys.path[0], str))
