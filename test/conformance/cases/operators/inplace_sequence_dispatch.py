# += and *= on lists and bytearrays: the right operand's __radd__/__rmul__ runs before the
# in-place sequence slot, a subclass uses list.__iadd__, repeat counts may be __index__ objects.
class Right:
    def __radd__(self, other):
        return ("radd", type(other).__name__)
    def __rmul__(self, other):
        return ("rmul", type(other).__name__)
class Decline:
    def __radd__(self, other):
        return NotImplemented
    def __iter__(self):
        return iter([7, 8])
class Idx:
    def __index__(self):
        return 2
l = [1]; l += Right(); print(l)
l = [1]; l *= Right(); print(l)
b = bytearray(b"a"); b += Right(); print(b)
l = [1]; alias = l; l += Decline(); print(l, alias is l)
l = [1, 2]; alias = l; l *= Idx(); print(l, alias is l)
b = bytearray(b"ab"); alias = b; b *= Idx(); print(b, alias is b)
class L(list):
    def __add__(self, other):
        return "L.__add__"
x = L([1]); x += [2]; print(x)
class M(list):
    pass
y = M([1]); alias = y; y += [2]; y *= 2; print(y, type(y).__name__, alias is y)
try:
    z = [1]; z *= 1.5
except TypeError as e: print(e)
try:
    z = bytearray(); z += 1
except TypeError as e: print(e)
try:
    z = [1]; z += 1
except TypeError as e: print(e)
s = "a"; s += "b"; s *= Idx(); print(s)
t = (1,); t += (2,); t *= Idx(); print(t)
try:
    t += [3]
except TypeError as e: print(e)
class S(set): pass
q = S({1}); alias = q; q |= {2}; print(q, alias is q)
