class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, type(a).__name__)
print(isinstance(a, int), a == 5, hash(a) == hash(5), a * a)
class Double(int):
    def __add__(self, other):
        return Double(int(self) + int(other) * 2)
d = Double(1)
print(d + 3, type(d + 3).__name__, 3 + d)
print(MyInt("ff", 16), MyInt())
