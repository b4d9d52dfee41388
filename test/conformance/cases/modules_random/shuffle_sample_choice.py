import random
random.seed(7)
deck = [f"{r}{s}" for s in "SH" for r in "A23456"]
random.shuffle(deck)
print(deck)
print(random.sample(deck, 4))
print(random.sample(range(1000), 10))
print([random.choice(deck) for _ in range(5)])
print(random.sample([1, 2, 3], 3), random.sample([1, 2, 3], 0))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(type(e).__name__, e)
