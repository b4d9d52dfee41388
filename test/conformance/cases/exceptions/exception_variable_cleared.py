try:
    raise ValueError("v")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print(type(e).__name__, e)
print(repr(saved))
err = "preexisting"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in dir())
def f():
    e = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as ex:
        return type(ex).__name__
print(f())
