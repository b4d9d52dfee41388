def capture():
    try:
        raise ValueError("original")
    except ValueError as e:
        return e.__traceback__
tb = capture()
err = KeyError("new")
same = err.with_traceback(tb)
print(same is err, err.__traceback__ is tb, err.__traceback__.tb_lineno)
try:
    raise err
except KeyError as caught:
    t = caught.__traceback__
    linenos = []
    while t:
        linenos.append(t.tb_lineno)
        t = t.tb_next
    print(linenos)
try:
    ValueError().with_traceback("bad")
except TypeError as e:
    print(type(e).__name__, e)
