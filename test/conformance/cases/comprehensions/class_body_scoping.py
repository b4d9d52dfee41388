class C:
    factor = 10
    values = [1, 2, 3]
    first_iterable_ok = [v for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = f"{type(e).__name__}: {e}"
    pairs = [(a, b) for a in values for b in (1,)]
print(C.first_iterable_ok)
print(C.scaled)
print(C.pairs)
factor = "global factor"
class D:
    factor = "class factor"
    got = [factor for _ in range(1)]
print(D.got)
