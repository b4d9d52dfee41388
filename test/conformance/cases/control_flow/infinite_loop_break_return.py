def first_square_over(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(first_square_over(50), first_square_over(1000))
def search():
    for i in range(100):
        for j in range(100):
            if i * j == 42 and i < j:
                return i, j
print(search())
it = iter(range(3))
while True:
    try:
        v = next(it)
    except StopIteration:
        print("done")
        break
    print("got", v)
