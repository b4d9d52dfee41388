class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o):
        print("__add__")
        return N(self.v + (o.v if isinstance(o, N) else o)) if isinstance(o, (N, int)) else NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - o)
    def __rsub__(self, o):
        return N(o - self.v)
    def __mul__(self, o):
        return N(self.v * o)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return N(self.v / o)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __rfloordiv__(self, o):
        return N(o // self.v)
    def __mod__(self, o):
        return N(self.v % o)
    def __rmod__(self, o):
        return N(o % self.v)
    def __pow__(self, o, mod=None):
        return N(pow(self.v, o, mod))
    def __rpow__(self, o):
        return N(o ** self.v)
    def __lshift__(self, o):
        return N(self.v << o)
    def __rlshift__(self, o):
        return N(o << self.v)
    def __rshift__(self, o):
        return N(self.v >> o)
    def __rrshift__(self, o):
        return N(o >> self.v)
    def __and__(self, o):
        return N(self.v & o)
    def __rand__(self, o):
        return N(o & self.v)
    def __or__(self, o):
        return N(self.v | o)
    def __ror__(self, o):
        return N(o | self.v)
    def __xor__(self, o):
        return N(self.v ^ o)
    def __rxor__(self, o):
        return N(o ^ self.v)
    def __divmod__(self, o):
        return (N(self.v // o), N(self.v % o))
    def __rdivmod__(self, o):
        return (N(o // self.v), N(o % self.v))
n = N(6)
print(n + 1, 1 + n, n + N(1), n + 1.5 if False else "skip")
print(n - 1, 10 - n, n * 2, 2 * n, n / 4, 3 / n, n // 4, 20 // n, n % 4, 20 % n)
print(n ** 2, 2 ** n, pow(n, 2, 5), n << 1, 1 << n, n >> 1, 64 >> n)
print(n & 3, 3 & n, n | 1, 1 | n, n ^ 5, 5 ^ n, divmod(n, 4), divmod(20, n))
try:
    n + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - n
except TypeError as e:
    print(type(e).__name__, e)
