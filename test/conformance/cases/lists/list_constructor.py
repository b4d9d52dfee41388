print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}), list({5}))
print(list(x * 2 for x in range(3)), list(b"hi"), list(map(str, [1, 2])))
a = [1, 2]
b = list(a)
print(a == b, a is b)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError
print(list(Seq()))
