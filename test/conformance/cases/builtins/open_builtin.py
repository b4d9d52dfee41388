f = open("_notes.txt")
print(hasattr(f, "read"), f.closed)
print(repr(f.readline()))
rest = f.read()
f.close()
print(repr(rest))
print(f.closed)
with open("_notes.txt") as fh:
    print([line.rstrip("\n") for line in fh])
with open("_notes.txt", "r") as fh:
    print(fh.read().split())
with open("_notes.txt", "rb") as fh:
    raw = fh.read()
print(raw, len(raw))
with open("_notes.txt", encoding="utf-8") as fh:
    print(fh.read().count("\n"))
try:
    open("_does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
