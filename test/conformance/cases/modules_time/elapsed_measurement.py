import time
start = time.perf_counter()
acc = sum(i * i for i in range(20000))
elapsed = time.perf_counter() - start
print(acc, elapsed >= 0, elapsed < 10)
a = time.time()
b = time.time()
print(b - a >= 0)
ns1 = time.perf_counter_ns()
ns2 = time.perf_counter_ns()
print(ns2 >= ns1, isinstance(ns2 - ns1, int))
