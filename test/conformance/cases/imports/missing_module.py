try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _no_such_pkg.mod import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
