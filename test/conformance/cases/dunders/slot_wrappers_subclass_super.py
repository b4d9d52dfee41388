# Subclasses of builtin types override a dunder and reach the builtin one through super() or
# the type's slot wrapper: the builtin behaviour runs, never the override again.
class Text(str):
    def __len__(self):
        return super().__len__() * 10
    def __getitem__(self, i):
        return "<" + super().__getitem__(i) + ">"
    def __contains__(self, x):
        return super().__contains__(x.lower())
    def __add__(self, other):
        return Text(super().__add__(other).upper())
    def __mul__(self, n):
        return "(" + super().__mul__(n) + ")"
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)
    def __hash__(self):
        return super().__hash__()
    def __iter__(self):
        return iter(list(super().__iter__())[::-1])
    def __mod__(self, args):
        return "%" + super().__mod__(args)

t = Text("abc")
print(len(t), t[1], t[0:2], "B" in t, t + "d", type(t + "d").__name__, t * 2)
print(t == "ABC", t != "ABC", hash(t) == hash("abc"), list(t), Text("%s!") % 5)

class NoCase(str):
    # sorting calls __lt__, which defers to str's after folding case
    def __lt__(self, other):
        return str.__lt__(self.lower(), other.lower())
words = [NoCase(w) for w in ["pear", "Apple", "banana", "apple2", "Cherry"]]
print(sorted(words), min(words), max(words))
print(NoCase("b").__gt__("a"), NoCase("b") > "a")

class Stack(list):
    def __len__(self):
        return super().__len__() + 100
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)
    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)
    def __add__(self, other):
        return Stack(super().__add__(list(other)))
    def __iadd__(self, other):
        print("iadd", other)
        return super().__iadd__(other)
    def __mul__(self, n):
        return Stack(super().__mul__(n))
    def __eq__(self, other):
        return super().__eq__(list(other))
    def __lt__(self, other):
        return super().__lt__(list(other))
    def __contains__(self, x):
        return super().__contains__(x) or x == "always"
    def __iter__(self):
        return iter([x * 10 for x in super().__iter__()])

s = Stack([1, 2, 3])
print(len(s), s[0], s[-1], s[0:2])
s[0] = 5
del s[1]
print(list.__repr__(s), 3 in s, "always" in s, 99 in s, list(s))
u = s + (7,)
print(type(u).__name__, list.__repr__(u))
alias = s
s += [9]
print(alias is s, list.__repr__(s))
print(list.__repr__(s * 2), type(s * 2).__name__, s == (5, 3, 9), s < (6,), bool(Stack()))

class Pair(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return super().__len__() - 1
    def __hash__(self):
        return super().__hash__() + 1
    def __add__(self, other):
        return Pair(super().__add__(other))
    def __eq__(self, other):
        return super().__eq__(other)
    def __ge__(self, other):
        return super().__ge__(other)
p = Pair((1, 2))
print(p[0], len(p), hash(p) == hash((1, 2)) + 1, p + (3,), type(p + (3,)).__name__, p == (1, 2), p >= (1, 1))

class Counter(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else 0
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
    def __len__(self):
        return super().__len__() * 2
    def __eq__(self, other):
        return super().__eq__(dict(other))
    def __or__(self, other):
        return Counter(super().__or__(other))
    def __contains__(self, k):
        return super().__contains__(k) or k == "*"
c = Counter()
c["a"] = 1
print(c["a"], c["b"], len(c), c == {"a": 2}, "*" in c, "a" in c, type(c | {"z": 0}).__name__)

class Bag(set):
    def __len__(self):
        return super().__len__() + 1000
    def __contains__(self, x):
        return super().__contains__(x) or x is None
    def __or__(self, other):
        return Bag(super().__or__(other))
    def __le__(self, other):
        return super().__le__(set(other))
    def __iter__(self):
        return iter(sorted(super().__iter__()))
b = Bag({3, 1})
print(len(b), None in b, 1 in b, type(b | {2}).__name__, list(b | {2}), b <= [1, 3, 4], list(b))

class Blob(bytes):
    def __getitem__(self, i):
        return super().__getitem__(i) + 1
    def __len__(self):
        return -super().__len__() + 10
    def __add__(self, other):
        return Blob(super().__add__(other))
    def __eq__(self, other):
        return super().__eq__(bytes(other))
    def __hash__(self):
        return super().__hash__()
x = Blob(b"ab")
print(x[0], len(x), x + b"c", type(x + b"c").__name__, x == bytearray(b"ab"), hash(x) == hash(b"ab"))

class Buf(bytearray):
    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)
    def __iadd__(self, other):
        return super().__iadd__(other.upper())
    def __contains__(self, x):
        return super().__contains__(x)
y = Buf(b"ab")
y[0] = 64
y += b"cd"
print(y, b"CD" in y, type(y).__name__)

class Num(int):
    def __lt__(self, other):
        return int.__lt__(self, other)
    def __add__(self, other):
        return Num(super().__add__(other) * 10)
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__()
    def __bool__(self):
        return not super().__bool__()
n = Num(3)
print(n < 5, n < 2, n + 1, type(n + 1).__name__, n == 3, hash(n) == hash(3), bool(n), bool(Num(0)))
print(sorted([Num(3), Num(1), Num(2)]), int.__add__(n, 1.5), int.__add__(n, 2), type(int.__add__(n, 2)).__name__)

class Cx(complex):
    def __add__(self, other):
        return ("Cx", super().__add__(other))
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__()
    def __bool__(self):
        return not super().__bool__()
c = Cx(1, 2)
print(type(c).__name__, c + 1, c == 1 + 2j, hash(c) == hash(1 + 2j), bool(c), bool(Cx()), complex.__lt__(c, c))

# the wrappers are plain functions of their type, usable wherever a callable is
print(list(map(str.__len__, ["a", "bb", ""])), list(map(list.__len__, [[1], [], Stack([7])])))
print(list(map(int.__add__, [1, 2], [10, 20])), list(map(str.__add__, ["a", "b"], ["x", "y"])))
