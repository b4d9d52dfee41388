def outer():
    v = 1
    def read():
        return v
    def write():
        nonlocal v
        v = 2
    r1 = read()
    write()
    return r1, read(), v
print(outer())
src = "def f():\n    nonlocal q\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def unbound_demo():
    w = 1
    def inner():
        try:
            print(w)
        except NameError as e:
            print(type(e).__name__, e)
    del w
    inner()
unbound_demo()
