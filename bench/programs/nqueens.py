# N-queens two ways: brute force over every permutation of the columns, keeping those
# whose two diagonal sets have no collisions, and backtracking with sets of attacked
# columns and diagonals. Exercises tuples, sets, comprehensions and recursion.
N = 5  # bench:scale -- how many times both solvers run


def permutations(items):
    # Heap's algorithm, iterative; yields a fresh tuple per permutation.
    pool = list(items)
    n = len(pool)
    counters = [0] * n
    yield tuple(pool)
    i = 0
    while i < n:
        if counters[i] < i:
            if i % 2 == 0:
                pool[0], pool[i] = pool[i], pool[0]
            else:
                pool[counters[i]], pool[i] = pool[i], pool[counters[i]]
            yield tuple(pool)
            counters[i] += 1
            i = 0
        else:
            counters[i] = 0
            i += 1


def brute_force(n):
    cols = range(n)
    solutions = []
    for vec in permutations(cols):
        if n == len(set([vec[i] + i for i in cols])) == len(set([vec[i] - i for i in cols])):
            solutions.append(vec)
    return solutions


def backtrack(n):
    count = 0
    columns = set()
    rising = set()
    falling = set()
    stack = [(0, 0)]
    placed = []
    # Explicit stack of (row, next column to try) so the depth never hits a recursion limit.
    while stack:
        row, col = stack.pop()
        while len(placed) > row:
            r = len(placed) - 1
            c = placed.pop()
            columns.discard(c)
            rising.discard(r + c)
            falling.discard(r - c)
        if row == n:
            count += 1
            continue
        if col >= n:
            continue
        stack.append((row, col + 1))
        if col in columns or (row + col) in rising or (row - col) in falling:
            continue
        placed.append(col)
        columns.add(col)
        rising.add(row + col)
        falling.add(row - col)
        stack.append((row + 1, 0))
    return count


total = 0
first = None
for _ in range(N):
    found = brute_force(8)
    total += len(found)
    first = min(found)
    total += backtrack(9)
print("nqueens", total, first)
