def f():
    try:
        raise ValueError("in try")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_lineno)
def g():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError as inner:
            return inner
exc = g()
print(repr(exc), repr(exc.__context__), exc.__traceback__.tb_lineno, exc.__context__.__traceback__.tb_lineno)
