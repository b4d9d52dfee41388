print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), hex(2**64))
print(chr(65), chr(0x20AC), ord("€"), ord(b"A"), ord(bytearray(b"z")))
print([chr(c) for c in range(97, 102)], "".join(map(chr, [72, 105])))
try:
    bin(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
