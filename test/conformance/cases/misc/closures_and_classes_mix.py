def make_class(prefix):
    counter = 0
    class Tagged:
        def __init__(self, v):
            nonlocal counter
            counter += 1
            self.v = v
            self.n = counter
        def __repr__(self):
            return f"{prefix}{self.n}:{self.v}"
        @staticmethod
        def count():
            return counter
    return Tagged
A = make_class("a")
B = make_class("b")
objs = [A("x"), A("y"), B("z")]
print(objs, A.count(), B.count())
print(A.__qualname__, type(objs[0]) is type(objs[1]), type(objs[0]) is type(objs[2]))
