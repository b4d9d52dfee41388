total = 0.0
for i in range(1000):
    total += 0.1
print(total)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2**60)
h = 0.0
for i in range(1, 101):
    h += 1.0 / i
print(h)
acc = 1.0
for i in range(1, 30):
    acc *= 1.5
print(acc)
print(sum(1 / (2 ** i) for i in range(60)))
