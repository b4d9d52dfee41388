def bold(fn):
    def wrapper(*a, **k):
        return "<b>" + fn(*a, **k) + "</b>"
    return wrapper
def italic(fn):
    def wrapper(*a, **k):
        return "<i>" + fn(*a, **k) + "</i>"
    return wrapper
@bold
@italic
def hello(name):
    return "hello " + name
print(hello("world"))
order = []
def tag(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@tag("outer")
@tag("inner")
def target():
    return "target"
print(order, target())
