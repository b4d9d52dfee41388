print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex("1+2j"), complex("  3j "))
print(complex("-1.5e3-2.5j"), complex("1"), complex("j"), complex("-j"), complex("(1+2j)"), complex("infj"))
print(complex(1 + 2j, 3), complex(1j, 1j), complex(real=1, imag=2))
for bad in ["1+", "1+2", "abc", "1 + 2j", "", "((1+2j))"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
