a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None) is type(None), True is True, ... is ...)
print(2 in a, 5 in a, 5 not in a, "b" in "abc", "ab" in "abc", "ac" in "abc", 1 in {1: 2}, 2 in {1: 2})
print((1, 2) in [(1, 2)], [1] in [[1]], 1.0 in [1], 3 in range(5), 3 in range(0, 5, 2), "x" in set("xyz"))
class NoContains:
    def __iter__(self):
        return iter([10, 20])
print(10 in NoContains(), 30 in NoContains())
