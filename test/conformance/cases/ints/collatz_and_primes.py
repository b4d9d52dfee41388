def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27), collatz(2**100 + 1))
sieve = [True] * 200
sieve[0] = sieve[1] = False
for i in range(2, 15):
    if sieve[i]:
        for j in range(i * i, 200, i):
            sieve[j] = False
primes = [i for i, p in enumerate(sieve) if p]
print(primes)
print(len(primes), sum(primes))
