s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".zip"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.endswith("tar", 0, 12))
print("".startswith(""), "abc".endswith(""), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.endswith(()), s.startswith(tuple()))
