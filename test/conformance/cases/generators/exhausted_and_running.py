def g():
    yield 1
it = g()
print(list(it), list(it), next(it, "default"))
def self_ref():
    yield next(gen)
gen = self_ref()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
def state():
    yield
s = state()
print(s.gi_running, s.gi_frame is not None)
next(s)
try:
    next(s)
except StopIteration:
    pass
print(s.gi_frame)
print(type(g()).__name__, g.__name__, g().__name__, g().__qualname__)
