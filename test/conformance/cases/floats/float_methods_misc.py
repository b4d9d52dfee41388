x = 2.5
print(x.real, x.imag, x.conjugate(), float.__name__)
print((7.0).__floor__() if hasattr(7.0, "__floor__") else "none", (7.9).__trunc__(), (7.5).__round__())
print(abs(-2.5), -x, +x, x.__neg__(), x.__abs__())
print(float.__add__(1.0, 2.0), (1.0).__radd__(1), (1.0).__eq__(1), (1.0).__lt__("a"))
print(int(2.9), int(-2.9), int(1e10))
print(1.5.__hash__() == hash(1.5), hash(0.0) == hash(-0.0) == hash(0))
