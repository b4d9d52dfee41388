class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), len(Seq()))
class Custom:
    def __reversed__(self):
        return iter("custom reversed")
print("".join(reversed(Custom())))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
