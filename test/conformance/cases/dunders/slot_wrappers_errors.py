# Wrong self types, argument counts, keywords and operands of slot wrappers.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

# self of the wrong type
show(lambda: str.__lt__(1, "a"))
show(lambda: str.__len__(b"x"))
show(lambda: bytes.__getitem__("x", 0))
show(lambda: list.__add__((), []))
show(lambda: tuple.__getitem__([1], 0))
show(lambda: range.__bool__([]))
show(lambda: type(None).__bool__(0))
show(lambda: type(None).__eq__(1, 1))
show(lambda: int.__lt__("a", 1))
show(lambda: int.__add__(1.5, 1))
show(lambda: float.__hash__(1))
show(lambda: int.__bool__("x"))
show(lambda: int.__neg__("x"))
show(lambda: dict.__lt__([], {}))
show(lambda: set.__le__(frozenset(), set()))
show(lambda: frozenset.__hash__(set()))
show(lambda: bytearray.__setitem__(b"ab", 0, 1))
show(lambda: str.__repr__(1))
show(lambda: str.__str__(1))
show(lambda: list.__getitem__(1, 5))
show(lambda: int.__getnewargs__("a"))
show(lambda: tuple.__getnewargs__([]))
show(lambda: type.__or__(1, int))

# missing self, wrong argument counts, keywords
show(lambda: str.__lt__())
show(lambda: str.__lt__("a"))
show(lambda: str.__lt__("a", "b", "c"))
show(lambda: str.__len__("a", 1))
show(lambda: str.__add__("a"))
show(lambda: str.__mul__("a"))
show(lambda: str.__mul__("a", 1, 2))
show(lambda: list.__setitem__([1], 0))
show(lambda: list.__imul__([1]))
show(lambda: int.__pow__(2))
show(lambda: int.__pow__(2, 3, 4, 5))
show(lambda: int.__neg__(1, 2))
show(lambda: int.__bool__(1, 2))
show(lambda: object.__eq__())
show(lambda: object.__lt__(1))
show(lambda: str.__lt__("a", other="b"))
show(lambda: int.__add__(1, x=2))
show(lambda: "a".__mul__(2, x=1))
show(lambda: list.__getitem__([1]))
show(lambda: object.__sizeof__())

# operands the builtin operation does not handle
show(lambda: str.__lt__("a", 1))
show(lambda: str.__eq__("a", b"a"))
show(lambda: list.__le__([], ()))
show(lambda: complex.__lt__(1j, 2j))
show(lambda: int.__lt__(1, 2.0))
show(lambda: float.__lt__(1.0, 2))
show(lambda: int.__radd__(1, 2.5))
show(lambda: float.__rsub__(2.5, 1))
show(lambda: int.__pow__(2, 10, 1000))
show(lambda: int.__rpow__(2, 10, 1000))
show(lambda: int.__pow__(2, 10, 1.5))
show(lambda: float.__pow__(2.0, 2, 3))
show(lambda: int.__divmod__(7, 2))
show(lambda: int.__rdivmod__(2, 7))
show(lambda: int.__divmod__(7, 2.0))
show(lambda: float.__divmod__(7.5, 2))
show(lambda: str.__add__("a", 1))
show(lambda: bytes.__add__(b"a", "b"))
show(lambda: bytearray.__add__(bytearray(), 1))
show(lambda: bytearray.__iadd__(bytearray(), "x"))
show(lambda: tuple.__add__((), [1]))
show(lambda: str.__mul__("a", "b"))
show(lambda: str.__mul__("a", 2 ** 100))
show(lambda: str.__mul__("a", -2 ** 100))
show(lambda: str.__mod__("%d", "x"))
show(lambda: str.__contains__("abc", 1))
show(lambda: bytes.__contains__(b"abc", 300))
show(lambda: bytes.__contains__(b"abc", "a"))
show(lambda: str.__getitem__("abc", "x"))
show(lambda: str.__getitem__("abc", 3))
show(lambda: bytes.__getitem__(b"abc", "x"))
show(lambda: bytearray.__getitem__(bytearray(b"abc"), 5))
show(lambda: bytearray.__setitem__(bytearray(b"abc"), 0, 256))
show(lambda: bytearray.__setitem__(bytearray(b"abc"), 0, "x"))
show(lambda: bytearray.__delitem__(bytearray(b"abc"), 9))
show(lambda: range.__getitem__(range(3), "a"))
show(lambda: range.__getitem__(range(3), 3))
show(lambda: range.__len__(range(2 ** 70)))
show(lambda: list.__setitem__([1], 5, 0))
show(lambda: list.__setitem__([1], 2 ** 70, 0))
show(lambda: list.__delitem__([1], 1))
show(lambda: list.__delitem__([1], "x"))
show(lambda: dict.__getitem__({}, "k"))
show(lambda: dict.__or__({}, [(1, 2)]))
show(lambda: set.__ior__(set(), [1]))

# the operators themselves word their errors like the sequence slots
show(lambda: [1] + (2,))
show(lambda: "a" + 1)
show(lambda: b"a" + "b")
show(lambda: [1] * 2.5)
show(lambda: 2.5 * "a")
show(lambda: "a" * "b")
show(lambda: "a" * 2 ** 100)
show(lambda: [0] * -2 ** 100)
class L(list):
    pass
show(lambda: L() + (1,))
x = (1,)
def iadd():
    global x
    x += [2]
show(iadd)

# an operand's reflected method runs before a sequence's own concatenation refuses it
class Right:
    def __radd__(self, other):
        return "radd", type(other).__name__
    def __rmul__(self, other):
        return "rmul", type(other).__name__
print("a" + Right(), b"a" + Right(), [1] + Right(), (1,) + Right(), bytearray() + Right())
print("a" * Right(), [1] * Right(), b"" * Right())
