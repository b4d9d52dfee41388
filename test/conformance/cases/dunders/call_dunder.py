class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s"()
except TypeError as e:
    print(type(e).__name__, e)
