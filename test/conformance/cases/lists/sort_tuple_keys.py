# Sorting tuples: the direct comparisons for int/float/str items inside tuples must agree
# with rich comparison in every corner (identity, NaN, subclasses, lengths, errors).
import math

pairs = [(3, "b"), (1, "z"), (3, "a"), (2, "m"), (1, "a"), (3,), (3, "a", 0), ()]
print(sorted(pairs))
print(sorted(pairs, reverse=True))

words = {"ka": 3, "lo": 1, "mi": 3, "ne": 2}
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))

floats = [(1.5, "x"), (0.5, "y"), (1.5, "a"), (-0.0, "z"), (0.0, "w")]
print(sorted(floats))

nan = float("nan")
print(sorted([(nan, 1), (nan, 0)]))                      # same object: equal, then 0 < 1
print(sorted([(float("nan"), 2), (float("nan"), 1)]))    # different NaNs never equal: order kept

big = 10 ** 30
print(sorted([(big, "b"), (big + 1, "a"), (big, "a"), (-big, "z")]))
print(sorted([(1, 2.5), (1, 2), (1, True), (1, False)]))


class Rev(str):
    def __lt__(self, other):
        return str(other) < str(self)


print(sorted([(1, Rev("a")), (1, Rev("c")), (1, Rev("b"))]))


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Key.calls += 1
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Key(%r)" % self.v


print(sorted([(Key(2), 1), (Key(1), 2), (Key(2), 0)]), Key.calls > 0)
nested = [((1, "b"), 2), ((1, "a"), 3), ((0, "z"), 1)]
print(sorted(nested))
print(sorted([("b", 1), ("a", 2), ("b", 0)], key=lambda t: t))

try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([("a", 1), (2, 1)])
except TypeError as e:
    print("TypeError:", e)
print(math.isnan(sorted([(nan,)])[0][0]))
