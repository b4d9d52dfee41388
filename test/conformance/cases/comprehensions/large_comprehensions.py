squares = [i * i for i in range(100000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
evens = {i for i in range(100000) if i % 2 == 0}
print(len(evens), 99998 in evens)
inv = {i: -i for i in range(50000)}
print(len(inv), inv[49999])
print(sum(1 for _ in range(200000)))
