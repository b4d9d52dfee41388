print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(101)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.0, 3j]), sum([True, True, True]), sum(x * x for x in range(4)))
print(sum([2**64, 2**64]), sum([1e308, 1e308, -1e308]))
for call in [lambda: sum(["a", "b"]), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
