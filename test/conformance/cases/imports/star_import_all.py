from _with_all import *
print(public_a, _explicit_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
