def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
r = range(0, 20, 3)
for g in [lambda: r.index(9), lambda: r.index(10), lambda: r.index(9.0), lambda: r.index(True), lambda: r.index("x"),
          lambda: r.count(9.0), lambda: r.count(9), lambda: r.count(), lambda: r.index(), lambda: r.index(1, 2),
          lambda: r.__contains__(9), lambda: list(r.__reversed__()), lambda: range(10**20, 10**21, 7).index(10**20 + 14),
          lambda: (10**20 + 14) in range(10**20, 10**21, 7), lambda: range(5).__len__(), lambda: (1, 2, 1).count(1),
          lambda: (1, 2, 1).index(1, 1), lambda: (1, 2, 1).index(1, 0, 0), lambda: (1, 2, 1).__getitem__(slice(1, None)),
          lambda: (1, 2, 1).__getitem__(5), lambda: (1, 2, 1).__getitem__("a"), lambda: (1, 2).__len__(),
          lambda: (1, 2).__contains__(2), lambda: tuple.__new__(tuple, [1, 2]), lambda: tuple.__new__(int, [1, 2]),
          lambda: tuple.__new__(5, [1, 2]), lambda: tuple.__new__(), lambda: tuple.__class_getitem__((int, ...)),
          lambda: tuple[()], lambda: (1, 2).index(3), lambda: (1, 2).index(), lambda: (1, 2).count(),
          lambda: tuple.index(1, 2), lambda: range(3, 30, 4).count(7), lambda: 7 in range(3, 30, 4),
          lambda: 8 in range(3, 30, 4), lambda: 30 in range(30, 3, 4), lambda: range(30, 3, 0 - 4).index(26),
          lambda: 3 in range(30, 3, 0 - 4), lambda: range(30, 3, 0 - 4).count(30), lambda: 2.0 in range(5),
          lambda: "a" in range(5), lambda: range(5).index(2.0), lambda: range(5).count(2.0),
          lambda: range(3).__repr__(), lambda: (1,).__repr__(),
          lambda: range(3).__len__(1), lambda: (1, 2)[:] is (1, 2) if False else 0]:
    t(g)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return "P" + super().__repr__()
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return super().__len__() + 1
    def __contains__(self, x):
        return super().__contains__(x)
p = P(3, 4)
print(p, p[0], len(p), 3 in p, 30 in p, p.index(4), p.count(3), tuple(p), isinstance(p, tuple), type(p).__name__)
class Q(tuple): pass
q = Q([1, 2])
print(q, q == (1, 2), Q.__new__(Q, "ab"), type(Q.__new__(Q)).__name__)
t2 = (1, 2, 3)
print(t2.__getitem__(slice(None)) is t2, t2.__getitem__(slice(0, 3)) is t2)
