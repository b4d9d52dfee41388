# min/max/sum edge cases: keywords, defaults, comparison order, float compensation.
def show(f):
    try:
        print("->", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: max())
show(lambda: min(foo=1))
show(lambda: max([1], foo=1))
show(lambda: max(1, 2, key=None))
show(lambda: min([], key=len))
show(lambda: min(1, key=len))
show(lambda: max(3, 1, 2, default=0))
show(lambda: max((), default=[]))
show(lambda: min("zebra"))
show(lambda: max([2, 7, 7, 1], key=lambda v: v % 5))
show(lambda: min([(2, "b"), (1, "z"), (1, "a")]))
show(lambda: max(x for x in range(10) if x % 3 == 0))
show(lambda: max([1.5, 2, True]))
show(lambda: min([float("nan"), 1.0]))
show(lambda: max({3: "a", 9: "b"}))

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return "L" + str(self.v)

show(lambda: max(Loud(1), Loud(3), Loud(2)))
show(lambda: min([Loud(2), Loud(1), Loud(1)]))

show(lambda: sum())
show(lambda: sum([], 1, 2))
show(lambda: sum([1], start=5))
show(lambda: sum(iterable=[1]))
show(lambda: sum(["a"], "x"))
show(lambda: sum([], bytearray()))
show(lambda: sum(5))
show(lambda: sum([1.5, 2], 1))
show(lambda: sum([1, 2**70, 3.5]))
show(lambda: sum([0.1] * 10, 0.0))
show(lambda: sum([1e16, 1.0, -1e16]))
show(lambda: sum([1, 1e100, 1.0, -1e100]))
show(lambda: sum([1e100, 1, 1.0, -1e100]))
show(lambda: sum([float("inf"), 1.0]))
show(lambda: sum([float("inf"), float("-inf")]))
show(lambda: sum([-0.0]))
show(lambda: sum([], -0.0))
show(lambda: sum([-0.0], -0.0))
show(lambda: sum([2**62, 2**62, 2**62]))
show(lambda: sum([True, 2, 3.0]))
show(lambda: sum([[1], [2, 3]], []))
show(lambda: sum([1j, 2], 0.5))
show(lambda: sum((x / 10 for x in range(10))))
