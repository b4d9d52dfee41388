import time
t = time.time()
print(type(t).__name__, t > 1_600_000_000)
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(p1).__name__, type(m1).__name__)
total = 0
for i in range(10000):
    total += i
p2 = time.perf_counter()
m2 = time.monotonic()
print(p2 >= p1, m2 >= m1, total)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.time_ns() > 1_600_000_000 * 10**9)
