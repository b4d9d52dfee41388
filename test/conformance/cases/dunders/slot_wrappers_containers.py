# Slot wrappers of list, tuple, dict, set, frozenset, range, slice, NoneType and object.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

ops = ("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__")
for op in ops:
    print(op,
          getattr(list, op)([1, 2], [1, 3]), getattr(list, op)([1], (1,)),
          getattr(tuple, op)((1, 2), (1, 2)), getattr(tuple, op)((1,), [1]),
          getattr(dict, op)({1: 2}, {1: 2}), getattr(dict, op)({}, 1),
          getattr(set, op)({1}, {1, 2}), getattr(set, op)({1}, frozenset({1})), getattr(set, op)(set(), [1]),
          getattr(frozenset, op)(frozenset({1, 2}), {1}),
          getattr(range, op)(range(0), range(5, 5)), getattr(range, op)(range(3), [0, 1, 2]),
          getattr(slice, op)(slice(1, 2), slice(1, 3)),
          getattr(object, op)(1, 1), getattr(type(None), op)(None, None))

# object.__ne__ inverts the __eq__ of self's type
print(object.__ne__(1, 2), object.__ne__(1, 1), object.__ne__("a", 1), object.__eq__(1, 2))

# hashes agree with hash()
print(tuple.__hash__((1, "a")) == hash((1, "a")), frozenset.__hash__(frozenset({1, 2})) == hash(frozenset({2, 1})),
      range.__hash__(range(0, 10, 2)) == hash(range(0, 9, 2)), slice.__hash__(slice(1, 2)) == hash(slice(1, 2)),
      hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), type(None).__hash__(None) == hash(None))
print(hash(slice(1, 2, 3)), slice.__hash__(slice(0, 10, -2)), hash(slice(-1, 2 ** 70, True)))
show(lambda: tuple.__hash__(([],)))
show(lambda: hash(slice([], 1)))

# concatenation and repetition of list and tuple
print([1].__add__([2]), (1,).__add__((2,)), [1].__mul__(3), (1, 2).__rmul__(2), [1].__mul__(-1), (1,).__mul__(0))
show(lambda: [].__add__(()))
show(lambda: ().__add__([]))
show(lambda: [1].__mul__(2.0))
show(lambda: [1].__mul__(2 ** 100))
show(lambda: [1].__mul__(-2 ** 100))
l = [1, 2]
print(l.__iadd__((3, 4)) is l, l, l.__iadd__(iter([5])) is l, l, l.__imul__(2) is l, l)
show(lambda: [].__iadd__(5))
show(lambda: [].__imul__("2"))

# length, membership, items, iteration, truth
r = range(2, 20, 3)
print(r.__len__(), r.__contains__(8), r.__contains__(9), r.__contains__(8.0), r.__getitem__(2), r.__getitem__(-1))
print(r.__getitem__(slice(1, None, 2)), list(r.__iter__()), r.__bool__(), range(5, 5).__bool__(), range(10 ** 30).__bool__())
print([1, 2].__contains__(2), (1, [2]).__contains__([2]), {1: 2}.__contains__(1), {1}.__contains__(frozenset()))
print((5, 6, 7).__getitem__(-1), (5, 6, 7).__getitem__(slice(0, 2)), [5, 6].__getitem__(1), {"k": 1}.__getitem__("k"))
print(list((1, 2).__iter__()), list({3: 4}.__iter__()), sorted({5, 6}.__iter__()), type(None).__bool__(None))
t = (1, 2)
print(t.__getitem__(slice(None)) is t, t[:] is t, t.__getnewargs__(), type(t.__getnewargs__()[0]).__name__)

d = {}
print(d.__setitem__("a", 1), d, d.__delitem__("a"), d)
show(lambda: d.__delitem__("missing"))

# dict | and set operators accept only their own kinds
print({1: 1}.__or__({2: 2}), {1: 1}.__ror__({2: 2}), {1: 1}.__or__([(2, 2)]))
print({1}.__or__(frozenset({2})), frozenset({1}).__and__({1, 2}), {1}.__or__([2]), {1, 2}.__rsub__({2, 3}))
s = {1}
print(s.__ior__({2}) is s, s, s.__ior__([3]))

# type | type builds a union; anything else is NotImplemented
print(type.__or__(int, str), type.__ror__(int, None), type.__or__(int, list[int]), type.__or__(int, 1))
print(int | list[int], list[str] | None)

# __getnewargs__ of the numbers
print(int.__getnewargs__(True), (7).__getnewargs__(), float.__getnewargs__(1.5), complex.__getnewargs__(1 + 2j))

# bool keeps bool results for two bools; int's wrappers compute on ints
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(1), int.__and__(True, True))
print(bool.__rand__(True, False), bool.__ror__(False, 0))

# __sizeof__ exists everywhere and gives an int
print([type(v.__sizeof__()).__name__ for v in (object(), 1, "s", [1], (1,), {}, set(), b"", 1.5)])
