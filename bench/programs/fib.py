# Recursive calls: naive Fibonacci, so nearly all time is spent in Python-to-Python
# calls, argument passing, comparisons and small-int additions.
N = 60  # bench:scale -- work grows linearly with N


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(rounds):
    total = 0
    for i in range(rounds):
        total += fib(22 + i % 4)
    return total


print("fib", main(N))
