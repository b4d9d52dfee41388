v = 100
v += 7; print(v)
v -= 2; print(v)
v *= 3; print(v)
v /= 4; print(v)
v //= 2; print(v)
v %= 10; print(v)
v **= 3; print(v)
w = 0b1100
w &= 0b1010; print(w)
w |= 0b0101; print(w)
w ^= 0b1111; print(w)
w <<= 4; print(w)
w >>= 2; print(w)
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * other.v + 1)
    def __repr__(self):
        return f"M({self.v})"
m = M(3)
m @= M(4)
print(m)
s = "ab"
s += "cd"; s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
