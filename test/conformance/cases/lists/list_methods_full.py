def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend(range(7, 9)); a.extend((9,)); print(a)
a.extend(a); print(len(a), a[:3])
a = [1, 2, 3]
a.insert(0, "first"); a.insert(100, "last"); a.insert(1, "x"); a.insert(2 ** 3, "y")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a = [5, 3, 5, 1]
a.remove(5); print(a)
print(a.index(5), a.index(1), a.index(5, 1), a.index(3, 0, 1))
t(lambda: a.index(5, 0, 1))
t(lambda: a.index(5, 3))
print(a.count(5), a.count(7))
a.reverse(); print(a)
b = a.copy(); b.append(9); print(a, b)
b.clear(); print(b, a)
for f in [lambda: a.append(), lambda: a.append(1, 2), lambda: a.append(x=1), lambda: a.insert(1),
          lambda: a.pop(1, 2), lambda: a.pop("x"), lambda: a.pop(2 ** 70), lambda: a.index(),
          lambda: a.index(1, "x"), lambda: a.index(1, 0, None), lambda: a.count(), lambda: a.reverse(1),
          lambda: a.copy(1), lambda: a.clear(1), lambda: a.sort(foo=1), lambda: a.sort(1),
          lambda: list.append(5, 1), lambda: list.append(), lambda: a.extend(), lambda: a.remove(),
          lambda: [].pop(), lambda: a.pop(10), lambda: a.remove(99), lambda: a.index(99),
          lambda: a.insert("x", 1), lambda: a.extend(5), lambda: a.insert(2 ** 70, 1),
          lambda: [].copy(x=1), lambda: [].pop(index=1), lambda: list.append(x=1), lambda: [].__reversed__(1)]:
    t(f)
print(a.index(1, 2 ** 70 * 0, 2 ** 70), a.index(5, False, True * 9))
t(lambda: list.__len__(a))
t(lambda: list.__getitem__(a, 1))
t(lambda: a.__getitem__(slice(None, None, 2)))
t(lambda: a.__getitem__("x"))
t(lambda: a.__getitem__(9))
t(lambda: list(a.__reversed__()))
t(lambda: a.__contains__(5))
t(lambda: a.__contains__(55))
t(lambda: a.__init__(1, 2))
t(lambda: a.__init__(x=1))
c = [1, 2, 3]
c.__init__([7, 8]); print(c)
c.__init__(); print(c)
c = [1, 2, 3, 4, 5]
c.__setitem__(0, 10); c.__setitem__(slice(1, 3), ["a", "b", "c"]); print(c)
c.__delitem__(0); c.__delitem__(slice(0, 2)); print(c)
t(lambda: c.__setitem__(10, 1))
t(lambda: c.__delitem__(10))
t(lambda: c.__setitem__(1))
print(list[int], list[int, str], type(list[int]).__name__, list[int]([1, 2]), list[int].__origin__, list[int].__args__)
print(list.__hash__ is None, [].__repr__(), [1, [2]].__repr__())
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return super().__contains__(x) or x == "magic"
    def __init__(self, *args):
        super().__init__(*args)
l = L([1, 2, 3])
print(l, l[1], len(l), 2 in l, "magic" in l, 9 in l, list(l), l.index(3))
l.sort(reverse=True); print(l)
l2 = L()
print(l2, type(l2).__name__)
class Stack(list):
    push = list.append
s = Stack(); s.push(1); s.push(2); print(s, s.pop())
r = []
r.append(r); print(r, r.__repr__())
