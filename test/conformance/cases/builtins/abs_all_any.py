print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-(2**100)), abs(True), abs(float("-inf")))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), all(x > 0 for x in range(1, 5)))
print(any([]), any([0, "", None]), any([0, 1]), any(iter([False, True])), any(x > 3 for x in range(5)))
def noisy(v):
    print("checking", v)
    return v
print(all(noisy(v) for v in [1, 0, 1]))
print(any(noisy(v) for v in [0, 1, 0]))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
