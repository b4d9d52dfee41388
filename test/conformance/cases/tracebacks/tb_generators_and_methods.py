class Widget:
    def explode(self):
        raise RuntimeError("widget exploded")
def gen():
    yield 1
    Widget().explode()
def walk(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return out
try:
    for v in gen():
        pass
except RuntimeError as e:
    print(walk(e))
def thrower():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
g = thrower()
next(g)
try:
    g.throw(ValueError("in"))
except TypeError as e:
    print(walk(e), type(e.__context__).__name__)
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(walk(e))
