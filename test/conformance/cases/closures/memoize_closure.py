def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.calls[0])
print(fib(90), fib.calls[0])
