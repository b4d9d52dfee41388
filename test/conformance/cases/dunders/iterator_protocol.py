class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Repeatable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
r = Repeatable(3)
print(list(r), list(r), sum(r), 2 in r, max(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return chr(97 + i)
print(list(GetItemOnly()), "b" in GetItemOnly(), list(reversed([1, 2])))
