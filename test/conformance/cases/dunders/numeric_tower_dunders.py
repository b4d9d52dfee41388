class Frac:
    def __init__(self, n, d=1):
        from math import gcd
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}"
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h * t, h + 1, 2 + h, 3 * t, sum([h, t, Frac(1, 6)]))
print(h == Frac(2, 4), h == 0.5 if False else h == Frac(1, 2), sorted([h, t, Frac(3, 4)]), float(t))
print(max(h, t), min([h, t]), {h: "half"}[Frac(3, 6)])
