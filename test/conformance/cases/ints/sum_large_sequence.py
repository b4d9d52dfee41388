print(sum(range(10**6)))
print(sum(range(10**4)) * 3)
total = 0
for i in range(1, 10001):
    total += i * i
print(total)
print(sum([2**64] * 100), sum([], 10), sum(range(5), start=100))
print(sum([0.1] * 10), sum([1, 2.5, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
