print([], [1], [1, 2,], [[1], [2, [3]]])
print((), (1,), (1, 2), ((1,),))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
x = 1, 2, 3
print(x)
y = 1,
print(y)
print([1, 'a', None, 2.5, (1,), [2]])
print([*range(3), *"ab"])
print((*[1, 2], 3))
print([i for i in ()])
nested = [[[]]]
print(nested, len(nested), len(nested[0]))
