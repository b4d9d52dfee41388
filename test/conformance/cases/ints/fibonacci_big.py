a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 10**9)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
