try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(repr(e.__context__))
def f():
    try:
        raise IndexError("idx")
    except IndexError:
        return g()
def g():
    raise TypeError("in g")
try:
    f()
except TypeError as e:
    print(repr(e.__context__))
e1 = ValueError("standalone")
print(e1.__context__, e1.__cause__, e1.__suppress_context__, e1.__traceback__)
try:
    try:
        raise ValueError("same")
    except ValueError as err:
        raise err
except ValueError as e:
    print(e.__context__)
