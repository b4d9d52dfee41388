print({x % 4 for x in range(10)}, {x for x in "" }, set(), set([1, 1, 2]), set(range(3)), set({1: 2}))
print({c for c in "hello"} == set("hello"), len({c for c in "hello"}))
print(set((i, j) for i in range(2) for j in range(2)) == {(0, 0), (0, 1), (1, 0), (1, 1)})
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(set.__name__, frozenset.__name__, type({1}).__name__, type(set()).__name__)
