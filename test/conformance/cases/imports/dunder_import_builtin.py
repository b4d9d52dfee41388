m = __import__("_pkg.core")
print(m.__name__)
sub = __import__("_pkg.core", fromlist=["core_func"])
print(sub.__name__, sub.core_func())
math_mod = __import__("math")
print(math_mod.sqrt(16))
try:
    __import__("_definitely_missing")
except ImportError as e:
    print(type(e).__name__, e)
