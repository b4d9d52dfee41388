z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), type(z.real).__name__)
print(abs(1 + 1j), abs(-5j), abs(complex(float("inf"), 1)), abs(complex(3e200, 4e200)))
print((5j).real, (5j).imag, (2 + 0j).conjugate())
print(complex.__name__, isinstance(z, complex), hash(1 + 0j) == hash(1), hash(0j) == 0)
print(bool(0j), bool(1j), bool(complex(0, 0.0)))
