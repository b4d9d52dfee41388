print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**100))
print(hash(10**30), hash(-(10**30)), hash(2**64 + 7))
d = {1: "one", 2**80: "big", -5: "neg"}
print(d[1], d[2**80], d[-5], d[1.0], 2**80 in d)
print(hash(1.0) == hash(1), hash(2.5), hash(-0.5), hash(1e300))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(None) == hash(None))
print(hash(True), hash(False))
