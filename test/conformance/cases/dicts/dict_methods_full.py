def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
for f in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get([]), lambda: d.get(k=1), lambda: d.setdefault(),
          lambda: d.setdefault([]), lambda: d.pop(), lambda: d.pop('zz'), lambda: d.pop('zz', 5), lambda: d.pop(1, 2, 3),
          lambda: {}.popitem(), lambda: d.update(1), lambda: d.update(1, 2), lambda: d.update([1]),
          lambda: d.update([(1, 2, 3)]), lambda: d.update([[1]]), lambda: d.keys(1), lambda: dict.fromkeys(),
          lambda: dict.fromkeys(1), lambda: dict.fromkeys([1, 2]), lambda: dict.fromkeys([1, 2], 0, 1),
          lambda: d.copy(1), lambda: d.clear(1), lambda: d.__contains__(), lambda: d.__contains__([]),
          lambda: d.__or__(1), lambda: d.__ror__({'z': 0}), lambda: d.__ior__(1), lambda: {}.pop([], 1),
          lambda: {}.pop([]), lambda: d.pop([]), lambda: d.__getitem__('zz'), lambda: d.__getitem__(),
          lambda: dict.__init__(d, 1, 2), lambda: d.__len__(), lambda: d.__class_getitem__(int),
          lambda: dict.keys(1), lambda: d.__setitem__(1), lambda: d.__delitem__('nope'), lambda: d.__len__(1),
          lambda: d.fromkeys("ab", 7), lambda: d.items().isdisjoint()]:
    t(f)
print(d)
d.update({'x': 1}, y=2); d.update(**{'z': 3}); d.update(d.items()); d.update(["ab", ("q", 9)]); print(d)
print(d.get('x'), d.get('nope'), d.get('nope', 0), d.setdefault('x', 5), d.setdefault('new', [1]), d)
print(d.pop('new'), d.popitem(), d.popitem(), d)
d['last'] = 0; print(d, d.popitem(), d)
e = d.copy(); e['e'] = 1; print(d, e, type(e).__name__)
print(dict.fromkeys(range(5)), dict.fromkeys({'a': 1, 'b': 2}, []), dict.fromkeys({3, 1, 2}, 0), dict.fromkeys("hello"))
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v * 2)
    def __missing__(self, k):
        return "missing:" + k
dd = D.fromkeys(["p", "q"], 1)
print(type(dd).__name__, dd, dd["zz"], dd.get("zz"), dd.__getitem__("zz"))
dd.update(r=5); dd.setdefault("s", 6); print(dd)
print(d.__contains__('x'), 'x' in d, d.__len__(), list(d.__iter__()), list(d.__reversed__()), list(reversed(d)))
print(type(reversed(d)).__name__, type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed(d.values())), list(reversed(d.items())), list(reversed({})))
a = {"x": 1, "y": 2}; b = {"y": 20, "z": 30}
print(a.__or__(b), a.__ror__(b), a.__or__([1]))
c = a.copy(); c.__ior__(b); c.__ior__([("w", 0)]); print(c)
d.clear(); print(d, len(d))
big = {}
for i in range(100): big[i] = i
for i in range(0, 100, 3): big.pop(i)
while len(big) > 5: big.popitem()
print(big)
for i in range(10): big[i * 1000] = i
print(big, list(big.keys()))
print(dict[str, int], {}.__repr__(), {1: {2: 3}}.__repr__())
class RD(dict):
    def __repr__(self):
        return "RD" + super().__repr__()
print(RD(a=1), repr(RD()))
x = {}; x[1] = x; print(x, x.__repr__())
print(dict.__hash__ is None, {}.keys().__len__(), {1: 2}.items().__repr__())
k = {1: 2, 3: 4}.keys()
print(k.__contains__(1), k.__contains__(2), {1: 2}.items().__contains__((1, 2)), {1: 2}.items().__contains__([1, 2]))
print(len(k), list(k.__iter__()), k.__len__(), 3 in k, 5 in k, 4 in {1: 2, 3: 4}.values())
