def read_lines():
    lines = ["10", "x", "20", "", "30"]
    for line in lines:
        yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skipping", repr(line))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(parse(read_lines()))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
