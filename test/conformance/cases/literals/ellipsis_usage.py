def stub():
    ...
print(stub())
x = ...
print(x, x is ...)
class C:
    def __getitem__(self, k):
        return k
print(C()[...], C()[1, ...], C()[..., 1:2])
print(str(...), repr(Ellipsis))
print(... == ..., bool(...))
