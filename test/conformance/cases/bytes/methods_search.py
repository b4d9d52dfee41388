b = b"one two three two one"
print(b.find(b"two"), b.rfind(b"two"), b.find(b"xyz"), b.index(b"three"), b.count(b"o"), b.count(b"two"))
print(b.find(111), b.count(ord("e")), b.startswith(b"one"), b.endswith((b"x", b"one")))
print(b.replace(b"two", b"2"), b.replace(b"o", b"0", 2))
print(b.split(), b.split(b" ", 2), b.rsplit(b" ", 1), b"a,b,,c".split(b","))
print(b.partition(b" "), b.rpartition(b" "))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
try:
    b.index(b"zzz")
except ValueError as e:
    print(type(e).__name__, e)
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
