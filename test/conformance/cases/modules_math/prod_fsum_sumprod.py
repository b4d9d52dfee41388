import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []), math.sumprod([2**70], [3]))
try:
    math.sumprod([1, 2], [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(type(e).__name__, e)
