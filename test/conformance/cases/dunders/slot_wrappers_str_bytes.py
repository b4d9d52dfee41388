# Slot wrappers of str, bytes and bytearray called through the type and on instances.
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

# comparisons: NotImplemented for operands the type does not compare
for op in ("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"):
    print(op, getattr(str, op)("a", "b"), getattr(str, op)("b", "b"), getattr(str, op)("a", 1),
          getattr(bytes, op)(b"a", b"b"), getattr(bytes, op)(b"a", bytearray(b"a")),
          getattr(bytearray, op)(bytearray(b"a"), b"a"), getattr(bytearray, op)(bytearray(b"a"), "a"))
print("abc".__eq__("ab" + "c"), "abc".__ne__("abd"), "\U0001f600".__gt__("\uffff"), "a".__lt__("ab"))

# hashing matches hash()
print(str.__hash__("abc") == hash("abc"), b"xy".__hash__() == hash(b"xy"), "".__hash__() == hash(""))

# length, membership, items, iteration
print("héllo".__len__(), b"abc".__len__(), bytearray(b"ab").__len__(), "".__len__())
print("abc".__contains__("bc"), "abc".__contains__(""), "abc".__contains__("x"))
print(b"abc".__contains__(98), b"abc".__contains__(b"bc"), bytearray(b"abc").__contains__(bytearray(b"c")))
print("abc".__getitem__(1), "abc".__getitem__(-1), "abcdef".__getitem__(slice(1, 5, 2)), "a\U0001f600b".__getitem__(1))
print(b"abc".__getitem__(0), b"abc".__getitem__(slice(None, None, -1)), bytearray(b"xyz").__getitem__(slice(1, None)))
print(list("ab\U0001f600".__iter__()), list(b"ab".__iter__()), list(bytearray(b"\x00\xff").__iter__()))

# concatenation and repetition
print("ab".__add__("cd"), b"ab".__add__(b"cd"), b"ab".__add__(bytearray(b"!")), bytearray(b"ab").__add__(b"cd"))
print("ab".__mul__(3), "ab".__rmul__(2), "ab".__mul__(0), "ab".__mul__(-5), "ab".__mul__(True))
print(b"ab".__mul__(2), b"ab".__rmul__(3), bytearray(b"x").__mul__(3), bytearray(b"x").__rmul__(2))

class Three:
    def __index__(self):
        return 3
print("x".__mul__(Three()), b"y".__rmul__(Three()), [0].__mul__(Three()))

# printf-style formatting: the format must be on the left
print(str.__mod__("%s-%d", ("a", 1)), str.__rmod__("x", "<%s>"), str.__rmod__("x", 5))
print(bytes.__mod__(b"%d!", 7), bytes.__rmod__(b"x", b"<%s>"), bytes.__rmod__(b"x", bytearray(b"%s")))
print(bytearray.__mod__(bytearray(b"%x"), 255), bytearray.__rmod__(bytearray(b"y"), b"%s"))

# bytearray mutation through its wrappers
ba = bytearray(b"hello")
print(ba.__setitem__(0, 74), ba, ba.__setitem__(slice(1, 3), b"EE"), ba)
print(ba.__delitem__(0), ba, ba.__delitem__(slice(None, None, 2)), ba)
same = ba.__iadd__(b"!!")
print(same is ba, ba, ba.__imul__(2) is ba, ba, ba.__imul__(0), len(ba))

# in-place operators on bytearray mutate the object itself
b1 = bytearray(b"ab")
alias = b1
b1 += b"cd"
b1 *= 2
print(alias, alias is b1)

# str and repr wrappers give the builtin text, not a subclass override
class S(str):
    def __str__(self):
        return "S<" + super().__str__() + ">"
    def __repr__(self):
        return "S(" + super().__repr__() + ")"
s = S("hi")
print(str(s), repr(s), str.__str__(s), str.__repr__(s), type(str.__str__(s)).__name__)
print(bytes.__repr__(b"a'b"), bytearray.__repr__(bytearray(b"q")))
