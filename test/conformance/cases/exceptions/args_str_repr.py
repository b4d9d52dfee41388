cases = [Exception(), Exception("msg"), Exception("a", 2), ValueError(42), KeyError("key"), KeyError("a", "b"),
         KeyError(), OSError(2, "No such file"), StopIteration(5), SystemExit(3), IndexError(None), Exception(None),
         UnicodeError("u"), AttributeError("attr", ), Exception([1, 2])]
for e in cases:
    print(type(e).__name__, "|", e.args, "|", str(e), "|", repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
print(StopIteration(7).value, SystemExit(9).code, SystemExit().code, SystemExit(1, 2).code, OSError(2, "m").errno, OSError(2, "m").strerror)
