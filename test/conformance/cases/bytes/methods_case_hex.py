print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLO".swapcase(), b"abc".capitalize())
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isalpha())
print(b"\x00\xff\x10".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(bytearray.fromhex("0102"), b"x".center(5, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
