# Large but legitimate allocations work; the interpreter stays usable.
data = [0] * 1_000_000
data[-1] = 5
print(len(data), sum(data))
s = "ab" * 500_000
print(len(s), s[-3:])
d = {i: i * i for i in range(100_000)}
print(len(d), d[99_999])
