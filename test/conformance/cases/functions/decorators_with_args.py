def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@repeat(3)
def greet(x):
    return "hi " + x
print(greet("bob"), greet.__name__)
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("add")
def add(a, b):
    return a + b
@register("mul")
def mul(a, b):
    return a * b
print(sorted(registry), registry["mul"](3, 4))
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
@(lambda fn: fn.__name__.upper())
def shout():
    pass
print(shout)
