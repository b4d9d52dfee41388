values = iter([3, 2, 1, 0, 5, 6])
print(list(iter(lambda: next(values), 0)))
print(list(values))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self):
        chunk = self.data[self.pos:self.pos + 3]
        self.pos += 3
        return chunk
r = Reader("abcdefgh")
print(list(iter(r.read, "")))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, next(it), list(it))
