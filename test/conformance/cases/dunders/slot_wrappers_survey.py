# Which slot-wrapper dunders builtin types expose (on the type or, for type's own __or__,
# through the metatype), as hasattr sees them.
names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__hash__", "__len__", "__contains__",
         "__getitem__", "__iter__", "__add__", "__mul__", "__rmul__", "__repr__", "__str__", "__format__", "__bool__",
         "__reversed__", "__iadd__", "__imul__", "__setitem__", "__delitem__", "__mod__", "__rmod__", "__or__", "__and__",
         "__sub__", "__xor__", "__ror__", "__rand__", "__rsub__", "__rxor__", "__ior__", "__iand__", "__isub__", "__ixor__",
         "__getnewargs__", "__sizeof__", "__class_getitem__"]
for t in (str, bytes, bytearray, list, tuple, dict, set, frozenset, range, int, float, bool, complex, object, type(None), slice):
    missing = [n for n in names if not hasattr(t, n)]
    print(t.__name__, missing)

# the same names looked up on instances
for v in ("s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({1}), range(3), 5, 2.5, True, 1j, None, slice(1)):
    present = [n for n in names if hasattr(v, n)]
    print(type(v).__name__, len(present))

# hash is None where the type is unhashable
print([t.__hash__ is None for t in (list, dict, set, bytearray, str, tuple, frozenset, range, slice)])
