class C:
    shared = []
    counter = 0
    def __init__(self):
        C.counter += 1
        self.own = []
a, b = C(), C()
a.shared.append("from a")
a.own.append("a only")
print(b.shared, b.own, C.counter, a.counter)
a.counter = 100
print(a.counter, b.counter, C.counter)
del a.counter
print(a.counter)
a.shared = ["rebound"]
print(a.shared, b.shared, C.shared)
print("counter" in a.__dict__, "counter" in C.__dict__)
C.new_attr = "added later"
print(a.new_attr, b.new_attr)
