class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2))
class S(set):
    def __init__(self, a, b):
        super().__init__([a, b])
print(S(1, 2))
class D(dict):
    def __init__(self, a, b):
        super().__init__({a: b})
print(D(1, 2))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, [a, b])
print(T(1, 2))
