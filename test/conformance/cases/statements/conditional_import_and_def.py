if True:
    def f():
        return "first"
else:
    def f():
        return "second"
print(f())
for i in range(2):
    def g(i=i):
        return i
print(g())
try:
    import math as m
except ImportError:
    m = None
print(m is not None, m.floor(2.5))
while True:
    class Made:
        tag = "in loop"
    break
print(Made.tag)
