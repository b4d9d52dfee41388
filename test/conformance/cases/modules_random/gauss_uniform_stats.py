import random
random.seed(2024)
g = [random.gauss(10, 2) for _ in range(1000)]
mean = sum(g) / len(g)
print(round(mean, 10), round(min(g), 10), round(max(g), 10))
u = [random.uniform(5, 6) for _ in range(1000)]
print(all(5 <= x <= 6 for x in u), round(sum(u) / 1000, 10))
print(random.gauss(), random.gauss(mu=1.0, sigma=0.0))
r = [random.random() for _ in range(5)]
print(r)
