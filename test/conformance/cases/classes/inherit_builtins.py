class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml[:2]).__name__, isinstance(ml, list))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md["A"], md.get("A"), md)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", type(u + "!").__name__, u.lower())
class Stack(list):
    push = list.append
s = Stack()
s.push(1)
s.push(2)
print(s, s.pop())
