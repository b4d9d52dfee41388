def f(a, b=2, c="three"):
    return a, b, c
print(f(1), f(1, 20), f(1, c="C"), f(a=0))
counter = 10
def g(x=counter):
    return x
counter = 20
print(g())
def h(lst=[]):
    lst.append(len(lst))
    return lst
print(h(), h(), h([9]))
print(f.__defaults__, g.__defaults__)
def k(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(k(1), k(2))
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
