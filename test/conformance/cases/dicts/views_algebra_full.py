def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 'b', 'b': 2}
for g in [lambda: d.keys() & 1, lambda: d.keys() | 1, lambda: sorted(d.items() - [1], key=repr), lambda: d.items() - [[1, 2]],
          lambda: d.keys() - [[1]], lambda: d.keys().isdisjoint(1), lambda: d.keys().isdisjoint(),
          lambda: d.items().isdisjoint([('a', 'b')]), lambda: d.keys() == {'a', 'b'}, lambda: d.keys() == ['a', 'b'],
          lambda: d.keys() < {'a', 'b', 'c'}, lambda: d.keys() <= d.keys(), lambda: d.keys() > ['a'],
          lambda: d.values() == d.values(), lambda: {'a', 'b'} == d.keys(), lambda: {'a'} < d.keys(),
          lambda: frozenset({'a', 'b'}) == d.keys(), lambda: d.items() == {('a', 'b'), ('b', 2)}, lambda: [1] in d.items(),
          lambda: (1,) in d.items(), lambda: ([], 1) in d.items(), lambda: [] in d.keys(), lambda: len(d.values()),
          lambda: sorted({1} | d.keys(), key=str), lambda: sorted([1] | d.keys(), key=str), lambda: [1] - d.keys(),
          lambda: sorted(['a', 2] ^ d.keys(), key=str), lambda: sorted(d.keys() ^ ['a', 2], key=str),
          lambda: d.values() & d.values(), lambda: d.keys() & d.values(), lambda: d.values() | {1},
          lambda: d.keys() == d.values(), lambda: d.values() == d.keys(), lambda: d.keys() != {'a'},
          lambda: d.keys() >= {'a'}, lambda: {'a', 'b', 'c'} > d.keys(), lambda: d.keys() <= {'a': 1, 'b': 2}.keys(),
          lambda: d.items() <= {('a', 'b'), ('b', 2), 5}, lambda: d.keys() - d.keys(), lambda: d.items() & d.items(),
          lambda: d.keys().isdisjoint(d.keys()), lambda: {}.keys().isdisjoint({}.keys()), lambda: d.keys().isdisjoint({'z'}),
          lambda: d.keys().isdisjoint(['z', 'a']), lambda: d.keys().__and__({'a'}), lambda: d.keys().__rand__(['a']),
          lambda: d.keys().__or__(1), lambda: d.keys().__sub__(['a']), lambda: d.keys().__rsub__(['a', 'q']),
          lambda: d.items().__xor__([('a', 'b')]), lambda: hash(d.values()) != 0, lambda: d.keys().__len__(),
          lambda: list(d.items().__iter__()), lambda: list(d.values().__reversed__()), lambda: d.keys().__contains__('a'),
          lambda: d.values().__repr__(), lambda: d.keys().__iter__(1), lambda: d.keys().__reversed__(1)]:
    t(g)
k = {i: i for i in range(20)}.keys()
print(k & {3, 4, 100}, k & set(range(18, 40)), k & range(5), {1, 2} & k, k | {50}, k - {1, 2, 3}, k ^ set(range(10, 30)))
it = {i: str(i) for i in range(5)}.items()
print(it & {(1, '1'), (2, 'x')}, sorted(it - {(0, '0')}), sorted(it | {(9, '9')}), sorted(it ^ {(0, '0'), (7, '7')}))
dd = {1: 1}
k2 = dd.keys()
dd[2] = 2
print(k2, len(k2), 2 in k2)
