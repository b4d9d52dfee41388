print(str(), str(123), str(-1.5), str([1, "a"]), str(None), str(b"x"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(repr(str(1e100)), str(True), str(3+4j))
class C:
    def __str__(self):
        return "custom str"
print(str(C()), "%s" % C(), f"{C()}")
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__)
print(type(str(5)) is str)
