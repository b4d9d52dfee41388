class Box:
    count = 0
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
b = Box()
b.n += 5
b.n *= 2
b.items += [3]
b.items[0] -= 10
Box.count += 1
print(b.n, b.items, Box.count, b.count)
b.count += 100
print(b.count, Box.count)
d = {"k": 1, "l": [1]}
d["k"] += 41
d["l"] *= 3
d["k"] <<= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
log = []
class Tracked:
    def __init__(self):
        self.data = {"x": 10}
    def __getitem__(self, k):
        log.append(("get", k))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        self.data[k] = v
def key():
    log.append("key evaluated")
    return "x"
t = Tracked()
t[key()] += 5
print(log)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
