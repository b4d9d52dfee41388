def make_class(v):
    class Inner:
        value = v
        def get(self):
            return v
    return Inner
A = make_class(1)
B = make_class(2)
print(A.value, A().get(), B.value, B().get())
x = "module"
class C:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(C().method(), C.y)
def f():
    y = "func"
    class D:
        y = "class attr"
        def m(self):
            return y
        z = y
    return D().m(), D.z
print(f())
