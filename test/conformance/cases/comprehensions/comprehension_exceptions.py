try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[x]: 1 for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
def src():
    yield 1
    raise KeyError("from source")
try:
    [x for x in src()]
except KeyError as e:
    print(type(e).__name__, e)
