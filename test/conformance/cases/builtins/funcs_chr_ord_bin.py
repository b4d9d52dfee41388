# chr/ord/bin/oct/hex including astral characters and __index__.
def show(f):
    try:
        print("->", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(chr(0), chr(65), chr(255), chr(0x20AC), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff", len(chr(0x1F600)))
print(ord("A"), ord("\xff"), ord("€"), ord("😀"), ord("\U0010ffff"), ord(b"\x00"), ord(bytearray(b"\xfe")))
print([ord(c) for c in "a😀b"], "".join([chr(c) for c in [83, 0x1F40D]]))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(2**70))
show(lambda: chr(2**40))
show(lambda: chr(1.5))
show(lambda: chr())
show(lambda: chr(x=1))
show(lambda: ord("ab"))
show(lambda: ord(""))
show(lambda: ord("😀😀"))
show(lambda: ord(b"ab"))
show(lambda: ord(1))
show(lambda: ord(None))

class Idx:
    def __index__(self):
        return 0x1F40D
print(chr(Idx()), bin(Idx()), oct(Idx()), hex(Idx()))
print(bin(0), bin(1), bin(-1), bin(255), bin(-256), bin(2**65), bin(True), bin(False))
print(oct(0), oct(8), oct(-8), oct(2**70), hex(0), hex(255), hex(-255), hex(2**64), hex(-(2**100)))
show(lambda: bin())
show(lambda: bin(1.0))
show(lambda: hex("1"))
show(lambda: oct([]))
show(lambda: hex(1, 2))
