# Closures and lambdas: functions built at run time that capture variables, nonlocal
# counters, composition of small functions, memoisation in a captured dict, and
# lambdas as sort keys and map/filter arguments.
N = 650000  # bench:scale -- rounds of the closure workload


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_scaler(k):
    return lambda x: x * k % 1000003


def compose(f, g):
    return lambda x: f(g(x))


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count
    return bump


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = fn(n)
        cache[n] = value
        return value
    return wrapper


def main(rounds):
    adders = [make_adder(i) for i in range(10)]
    scalers = [make_scaler(i + 2) for i in range(10)]
    chains = [compose(adders[i], scalers[9 - i]) for i in range(10)]
    counter = make_counter()
    square_digits = memoize(lambda n: sum(int(d) * int(d) for d in str(n)))
    acc = 0
    for i in range(rounds):
        f = chains[i % 10]
        acc = (acc + f(i)) % 1000003
        counter(i & 3)
        acc = (acc + square_digits(i % 500)) % 1000003
    values = list(map(lambda x: x * 3 + 1, range(rounds // 10)))
    odd = list(filter(lambda x: x % 2, values))
    keyed = sorted(odd[:2000], key=lambda x: (x % 17, -x))
    total = counter(0)
    return acc, total, len(odd), keyed[0], keyed[-1]


print("closures", *main(N))
