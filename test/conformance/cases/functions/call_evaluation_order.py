def v(x):
    print("eval", x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), k=v(3), *[v(4)], **{"m": v(5)}))
def g():
    print("g called")
    return f
g()(v("a"))
obj = {"k": f}
obj[v("k")](v("arg"))
