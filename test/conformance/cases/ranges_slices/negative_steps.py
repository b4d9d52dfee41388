a = list(range(10))
for start in [None, 8, -2, 20, -20]:
    for stop in [None, 2, -8, 20, -20]:
        print(start, stop, a[start:stop:-1], a[start:stop:-3])
