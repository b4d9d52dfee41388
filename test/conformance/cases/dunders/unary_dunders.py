class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __abs__(self):
        return f"abs {abs(self.x)}"
    def __invert__(self):
        return V(~self.x)
    def __repr__(self):
        return f"V({self.x})"
v = V(-5)
print(-v, +v, abs(v), ~v, -(-v), ~~v)
class Empty:
    pass
for op in [lambda o: -o, lambda o: +o, lambda o: ~o, lambda o: abs(o)]:
    try:
        op(Empty())
    except TypeError as e:
        print(type(e).__name__, e)
