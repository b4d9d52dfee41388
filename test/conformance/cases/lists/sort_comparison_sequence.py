seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
log = []
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "K(%d,%d)" % (self.v, self.tag)
def check(n, spread, pattern):
    global log
    vals = []
    for i in range(n):
        if pattern == 0: v = rnd(spread)
        elif pattern == 1: v = i if rnd(10) else rnd(spread)
        elif pattern == 2: v = n - i if rnd(8) else rnd(spread)
        elif pattern == 3: v = (i // 7) % 5 * 100 + rnd(3)
        else: v = (i * 37) % 101
        vals.append(v)
    items = [K(v, i) for i, v in enumerate(vals)]
    log = []
    s = items[:]; s.sort()
    h = 0
    for a, b in log:
        h = (h * 31 + a * 7 + b) % 1000000007
    order = [k.tag for k in s]
    oh = 0
    for x in order:
        oh = (oh * 131 + x) % 1000000007
    print(n, spread, pattern, len(log), h, oh, [k.v for k in s] == sorted(vals))
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 3000]:
    for spread in [3, 1000]:
        for pattern in range(5):
            check(n, spread, pattern)
# reverse stability and key
recs = [(rnd(5), i) for i in range(200)]
r1 = recs[:]; r1.sort(key=lambda r: r[0], reverse=True)
print([i for _, i in r1][:40])
r2 = recs[:]; r2.sort(key=lambda r: r[0])
print([i for _, i in r2][:40])
# errors during sort keep the list a permutation
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13: raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return str(self.v)
xs = [Boom((i * 17) % 40) for i in range(40)]
try:
    xs.sort()
except ValueError as e:
    print("err", e)
print(sorted(b.v for b in xs) == list(range(40)), [b.v for b in xs])
xs = [Boom((i * 17) % 40) for i in range(40)]
try:
    xs.sort(reverse=True)
except ValueError as e:
    print("err", e)
print([b.v for b in xs])
# key failure leaves list untouched
ys = [3, 1, 2]
def badkey(x):
    if x == 2: raise KeyError(x)
    return x
try:
    ys.sort(key=badkey)
except KeyError as e:
    print("keyerr", e)
print(ys)
# modification during sort
zs = [3, 1, 2]
def modkey(x):
    zs.append(x)
    return x
try:
    zs.sort(key=modkey)
except ValueError as e:
    print(type(e).__name__, e)
print(zs)
zs = [5, 4, 3, 2, 1]
class Peek:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("inside", len(zs), zs)
        return self.v < o.v
zs = [Peek(2), Peek(1)]
zs.sort()
print([p.v for p in zs])
print(sorted([1, "a", 2]) if False else 0)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    [3, 2, "a", 1].sort()
except TypeError as e:
    print(e)
l = [1.5, 1, True, 0.5, 2]
l.sort(); print(l)
l = ["b", "a", "B", "\u00e9", "\U0001f600", "\uffff"]
l.sort(); print(l)
l.sort(key=len, reverse=True); print(l)
a = [[1, 2], [1], [0, 5], []]
a.sort(); print(a)
a.sort(key=None, reverse=False); print(a)
a.sort(reverse=1); print(a)
print(sorted(range(20), key=lambda x: x % 3))
