for x in (1, 2):
    print("tuple", x)
for ch in "hé":
    print("str", ch)
for b in b"AB":
    print("bytes", b)
for k in {"one": 1, "two": 2}:
    print("dict", k)
for k, v in {"one": 1}.items():
    print("items", k, v)
for n in sorted({3, 1, 2}):
    print("set", n)
for i in range(2, -3, -2):
    print("range", i)
for line in "a\nb".splitlines():
    print("line", line)
for a, b in zip("xy", [1, 2]):
    print("zip", a, b)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for c in Countdown(3):
    print("custom", c)
try:
    for z in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
