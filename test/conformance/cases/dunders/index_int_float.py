class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[i], range(10)[i], bin(i), hex(Idx(255)), [0] * Idx(3), "ab" * Idx(2))
print(int(i), (1, 2, 3)[:Idx(1)], operator_index := i.__index__())
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 1j
n = Num()
print(int(n), float(n), complex(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class RoundMe:
    def __round__(self, n=None):
        return f"rounded {n}"
    def __trunc__(self):
        return 3
    def __floor__(self):
        return 4
    def __ceil__(self):
        return 5
import math
print(round(RoundMe()), round(RoundMe(), 2), math.trunc(RoundMe()), math.floor(RoundMe()), math.ceil(RoundMe()))
