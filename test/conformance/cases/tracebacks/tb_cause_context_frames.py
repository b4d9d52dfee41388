def fail_parse():
    return int("x")
def load():
    try:
        fail_parse()
    except ValueError as e:
        raise RuntimeError("load failed") from e
try:
    load()
except RuntimeError as e:
    cause = e.__cause__
    print(type(e).__name__, e, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
    print(type(cause).__name__, cause.__traceback__.tb_next.tb_lineno, cause.__traceback__.tb_next.tb_frame.f_code.co_name)
    print(e.__context__ is cause, e.__suppress_context__)
def implicit():
    try:
        {}["a"]
    except KeyError:
        1 / 0
try:
    implicit()
except ZeroDivisionError as e:
    ctx = e.__context__
    print(type(ctx).__name__, ctx.__traceback__.tb_lineno, e.__cause__, e.__suppress_context__)
def suppressed():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("clean") from None
try:
    suppressed()
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError()
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__cause__ = KeyError("set manually")
print(repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
