print("abc".encode())
print("é".encode(), "é".encode("utf-8"), "é".encode("latin-1"))
print("🐍".encode("utf-8"), len("🐍".encode()))
print("abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"\xc3\xa9".decode(), b"abc".decode("ascii"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("é".encode("utf-16-le") if False else "ok")
