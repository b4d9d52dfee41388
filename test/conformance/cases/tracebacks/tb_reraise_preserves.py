def inner():
    raise KeyError("k")
def middle():
    try:
        inner()
    except KeyError:
        raise
def lines(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
try:
    middle()
except KeyError as e:
    print("bare raise keeps full chain:", lines(e))
def middle2():
    try:
        inner()
    except KeyError as err:
        raise err
try:
    middle2()
except KeyError as e:
    print("raise err appends current frame:", lines(e))
def middle3():
    try:
        inner()
    except KeyError as err:
        raise err.with_traceback(None)
try:
    middle3()
except KeyError as e:
    print("with_traceback(None) restarts:", lines(e))
