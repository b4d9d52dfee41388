class A:
    def __round__(self, n=None): return ("A", n)
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
    def __pow__(self, e, m=None): return ("pow", e, m)
print(round(A()), round(A(), 2), divmod(A(), 1), divmod(1, A()), pow(A(), 2, 5))
print(round(2.5), round(3.5), round(1234, -2), round(1250, -2), round(2.675, 2), round(True))
print(divmod(7, -2), divmod(-7.5, 2), divmod(10**20, 7), pow(3, -1, 7), pow(2, 100, 10**9+7))
for args in [(2.0, 3, 5), (2j, 3, 5), ("a", 1, 2), (2, 3, 0), (2, -1, 4)]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)
for args in [(1, 0), (1.0, 0), ("a", 1), (1, "a")]:
    try: print(divmod(*args))
    except Exception as e: print(type(e).__name__, e)
try: round("x")
except Exception as e: print(type(e).__name__, e)
try: round(float("nan"))
except Exception as e: print(type(e).__name__, e)
class I(int):
    def __round__(self, n=None): return "I"
print(round(I(3)), round(I(3), 1))
