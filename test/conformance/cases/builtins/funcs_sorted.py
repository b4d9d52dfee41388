# sorted(): keywords, stability, reverse stability, comparison order, errors.
def show(f):
    try:
        print("->", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sorted())
show(lambda: sorted([3, 1], None))
show(lambda: sorted(iterable=[1]))
show(lambda: sorted([1], foo=2))
show(lambda: sorted([1], key=None, reverse=1))
show(lambda: sorted([2, 1], reverse="yes"))
show(lambda: sorted([1, "a"]))
show(lambda: sorted(5))
show(lambda: sorted("sidewinder"))
show(lambda: sorted({3, 1, 2}))
show(lambda: sorted({"b": 1, "a": 2}))
show(lambda: sorted([(1, "b"), (0, "z"), (1, "a")]))
show(lambda: sorted([3.5, -1, 2, 0.5, True]))
show(lambda: sorted(["aa", "B", "c", "A"], key=len))
show(lambda: sorted(["aa", "B", "c", "A"], key=len, reverse=True))
show(lambda: sorted(range(30), key=lambda v: v % 4))
show(lambda: sorted(range(100), key=lambda v: (v % 7, -v))[:12])
show(lambda: sorted([float("inf"), 1.0, -float("inf"), 0.0]))

big = [(i * 7919) % 1009 for i in range(1009)]
s = sorted(big)
print(s == list(range(1009)), s[:5], s[-3:])
pairs = [((i * 31) % 17, i) for i in range(200)]
stable = sorted(pairs, key=lambda p: p[0])
print(all(stable[i][0] < stable[i + 1][0] or (stable[i][0] == stable[i + 1][0] and stable[i][1] < stable[i + 1][1]) for i in range(199)))
rstable = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(rstable[i][0] > rstable[i + 1][0] or (rstable[i][0] == rstable[i + 1][0] and rstable[i][1] < rstable[i + 1][1]) for i in range(199)))
print(sorted(list(range(50, 0, -1)) + list(range(50)))[:6])

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "L" + str(self.v)

print(sorted([Loud(3), Loud(1), Loud(2), Loud(5), Loud(4)]))
print(sorted([Loud(1), Loud(2), Loud(3)], reverse=True))
print(sorted([Loud(3), Loud(2), Loud(1)]))

calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([2, 3, 1], key=key), calls)

victim = [3, 1, 2]
def grow(v):
    victim.append(v)
    return v
show(lambda: victim.sort(key=grow))
print(victim)

def boom(v):
    if v == 2:
        raise KeyError(v)
    return v
show(lambda: sorted([1, 2, 3], key=boom))
