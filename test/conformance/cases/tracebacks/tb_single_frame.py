try:
    x = 1
    y = 0
    z = x / y
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
def f():
    try:
        [][1]
    except IndexError as e:
        return e.__traceback__
t = f()
print(t.tb_lineno, t.tb_next, t.tb_frame.f_code.co_name)
print(ValueError().__traceback__)
