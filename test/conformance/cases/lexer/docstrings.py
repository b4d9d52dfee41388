"""Module docstring."""
print(__doc__)

def f():
    """Function docstring."""
    return 1

class C:
    """Class docstring."""
    def m(self):
        'method doc'

print(f.__doc__)
print(C.__doc__)
print(C.m.__doc__)
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)
def h():
    f"""f-string is not a docstring"""
print(h.__doc__)
