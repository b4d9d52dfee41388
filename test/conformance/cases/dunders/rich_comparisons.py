class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq({self.v},{getattr(o, 'v', o)})")
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})")
        return self.v < o.v
    def __le__(self, o):
        print(f"le({self.v},{o.v})")
        return self.v <= o.v
    __hash__ = None
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b)
print(a > b)
print(a >= b)
print(a == 1, 1 == a)
