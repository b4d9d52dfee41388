class OnlyIter:
    def __iter__(self):
        print("iter used")
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 2:
            raise IndexError
        return i
print(2 in OnlyIter(), 5 in OnlyIter())
print(1 in OnlyGetitem())
class Neither:
    pass
try:
    1 in Neither()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsTruthy:
    def __contains__(self, x):
        return "yes"
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
