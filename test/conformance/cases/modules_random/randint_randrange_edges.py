import random
random.seed(99)
print([random.randint(5, 5) for _ in range(3)], [random.randrange(3) for _ in range(10)])
print([random.randrange(10, 0, -2) for _ in range(8)])
print([random.randint(-10**20, 10**20) for _ in range(3)])
print([random.getrandbits(1) for _ in range(16)], random.getrandbits(0))
for call in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0), lambda: random.randrange(1.5), lambda: random.getrandbits(-1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
