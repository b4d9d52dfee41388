print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"\xf0\x9f\x90\x8d".decode(), len(b"\xf0\x9f\x90\x8d".decode()))
print(b"abc".decode("ascii"), bytearray(b"xyz").decode())
for bad in [b"\xff", b"\xc3", b"\xed\xa0\x80", b"ab\x80cd"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(b"ab\x80cd".decode("utf-8", "replace"), b"ab\x80cd".decode("utf-8", errors="ignore"))
print(b"\x80".decode("ascii", "replace"), repr(b"\x80".decode("latin-1")))
print("€".encode(), "€".encode().decode() == "€")
