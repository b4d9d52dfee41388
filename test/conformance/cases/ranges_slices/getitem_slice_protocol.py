class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[:], r[::], r[:5], r[::-1], r[1:2, 3], r[..., 0], r[:, :])
print(type(r[1:2]).__name__, r[None:None], r["a":"b"])
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30, 40][Idx()], [10, 20, 30, 40][Idx():], "abcd"[:Idx()], range(10)[Idx()])
try:
    [1, 2][1.0:]
except TypeError as e:
    print(type(e).__name__, e)
