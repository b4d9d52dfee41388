# locals/vars/dir: frames, cells, comprehensions, classes, modules, __dir__.
import sys

def pairs(d):
    return sorted([(k, "<fn>" if callable(d[k]) else d[k]) for k in d])

def outer(a, b=2, *rest, **kw):
    c = a + b
    def inner():
        return c
    print(pairs(locals()))
    return inner

outer(1, 5, 6, k=7)

def closure_view():
    x = 1
    y = [2]
    def inner():
        z = x
        print(pairs(locals()))
        return y
    inner()
    print(sorted(locals()))
    print(list([locals() for _ in range(1)][0]))
    del x
    print(sorted(locals()))

closure_view()

def same_dict():
    a = 1
    first = locals()
    b = 2
    second = locals()
    print(first is second, sorted(first))
    del a
    locals()
    print(sorted(first))

same_dict()

def exec_into_locals():
    exec("w = 5")
    return sorted(locals())

print(exec_into_locals())

def gen():
    q = 5
    yield pairs(locals())
    r = 6
    yield pairs(locals())

print(list(gen()))

class K:
    x = 1
    y = sorted(k for k in locals() if not k.startswith("__"))
    z = sorted(locals())
print(K.y, K.z)

print(vars() is globals(), locals() is globals())
print(sorted(k for k in vars() if not k.startswith("__")))

class V:
    def __init__(self):
        self.p = 1
print(vars(V()), vars(K)["x"])
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    locals(1)
except TypeError as e:
    print(type(e).__name__, e)

class A:
    x = 1
    def m(self):
        pass
print(dir(A))
print(dir(A()) == dir(A))
class S:
    __slots__ = ("a", "b")
print(dir(S))
print(dir(object()))
print(dir(object) == dir(object()))

class B(A):
    def __init__(self):
        self.own = 1
class E(Exception):
    pass
class S2:
    __slots__ = ("x", "__dict__")
base = set(dir(object))
for c in (A, B, E, S2):
    print(c.__name__, sorted(set(dir(c)) - base))
print(sorted(set(dir(B())) - base))

class C:
    def __dir__(self):
        return ("b", "a", "b")
print(dir(C()))
class D:
    def __dir__(self):
        return 5
try:
    dir(D())
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def local_dir():
    zeta = 1
    alpha = 2
    return dir()
print(local_dir())
print("sys" in dir(), "argv" in dir(sys), dir(sys) == sorted(dir(sys)))
