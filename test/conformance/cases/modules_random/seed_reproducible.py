import random
random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
second = [random.random() for _ in range(5)]
print(first == second)
print(first)
random.seed(0)
print([random.randint(0, 9) for _ in range(20)])
random.seed(1)
print([random.randrange(1, 7) for _ in range(15)])
random.seed(2)
print([round(random.uniform(-1, 1), 6) for _ in range(5)])
