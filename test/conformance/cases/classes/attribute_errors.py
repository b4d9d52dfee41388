class C:
    x = 1
c = C()
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
e = None
try:
    c.nope
except AttributeError as err:
    print(err.name, err.obj is c)
