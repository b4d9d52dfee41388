def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
get2, set2 = pair()
set2(7)
print(get(), get2())
def shared_loop():
    fs = []
    x = 0
    for _ in range(3):
        x += 1
        fs.append(lambda: x)
    return [f() for f in fs]
print(shared_loop())
