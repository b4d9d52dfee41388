print(tuple("ab"), list((1, 2)), dict(a=1), str(1.5), int("7"), float("1e3"), complex("1+1j"), bool("x"))
print(bytes(2), bytearray(b"a"), frozenset("a"), set("a"), range(3), slice(2), object().__class__.__name__)
print(list(), tuple(), dict(), str(), int(), float(), complex(), bool(), bytes(), bytearray(), set(), frozenset())
