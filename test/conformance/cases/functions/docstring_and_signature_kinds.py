def f(a, b, /, c, *d, e, f=6, **g):
    """Everything."""
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:7])
print(f.__defaults__, f.__kwdefaults__, f.__doc__)
def simple(x):
    y = x
    return y
print(simple.__code__.co_varnames, simple.__code__.co_argcount)
