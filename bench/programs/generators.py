# Generators: a pipeline of generator functions (source, filter, running window,
# batching), generator expressions consumed by sum/max/any, and a recursive
# yield-from tree walk.
N = 330000  # bench:scale -- items pulled through the pipeline


def numbers(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 12


def take(count, source):
    for value in source:
        if count == 0:
            return
        count -= 1
        yield value


def keep_odd(source):
    for value in source:
        if value & 1:
            yield value


def running_mean(source, width):
    window = []
    total = 0
    for value in source:
        window.append(value)
        total += value
        if len(window) > width:
            total -= window.pop(0)
        yield total // len(window)


def batches(source, size):
    batch = []
    for value in source:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def walk(depth, label):
    # Full binary tree of the given depth, visited in order through yield from.
    if depth == 0:
        yield label
        return
    yield from walk(depth - 1, label * 2)
    yield label
    yield from walk(depth - 1, label * 2 + 1)


def main(count):
    pipeline = batches(running_mean(keep_odd(take(count, numbers(7))), 8), 16)
    batch_count = 0
    checksum = 0
    widest = 0
    for batch in pipeline:
        batch_count += 1
        spread = max(batch) - min(batch)
        if spread > widest:
            widest = spread
        checksum = (checksum + sum(v % 1000 for v in batch)) % 1000000007
    squares = sum(x * x for x in range(count) if x % 3 == 0)
    flagged = sum(1 for k in range(count // 10) if any(k % d == 0 for d in (7, 11, 13)))
    depth = 1
    while (1 << (depth + 1)) < count:
        depth += 1
    tree_sum = sum(walk(depth, 1))
    return batch_count, checksum, widest, squares, flagged, tree_sum


print("generators", *main(N))
