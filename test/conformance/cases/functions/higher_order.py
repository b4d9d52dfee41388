def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "abc"), apply(lambda: 42))
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), list(map(double, [1, 2, 3])))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!")("  hi  "))
print(list(filter(None, [0, 1, "", "a", None])), list(map(pow, [2, 3], [3, 2])))
