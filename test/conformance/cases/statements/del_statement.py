a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
b, c = 1, 2
del b, c
print("b" in globals(), "c" in globals())
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    cls_attr = 1
o = O()
o.x = 5
del o.x
print(hasattr(o, "x"))
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
x, y = [1], [2]
del (x, y)
print("x" in dir())
