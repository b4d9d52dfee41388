class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __len__(self):
        print("len called")
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L()), bool(Both()), bool(Neither()))
if B(False) or L():
    print("no")
else:
    print("both falsy")
print(not B(True))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
while B(False):
    pass
print([x for x in [B(True), B(False)] if x].__len__())
