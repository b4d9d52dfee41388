grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
nested = {((1, 2), (3,)): "nested"}
print(nested[((1, 2), (3,))])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2.0)) == hash((1, 2)), hash((None,)) == hash((None,)))
