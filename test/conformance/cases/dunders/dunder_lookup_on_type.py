class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == "instance repr")
D.__repr__ = lambda self: "class repr"
print(repr(d))
