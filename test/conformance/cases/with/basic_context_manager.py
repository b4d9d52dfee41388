class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return f"resource-{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False
with CM("a") as r:
    print("body with", r)
with CM("b"):
    print("body without as")
try:
    with CM("c") as r:
        raise ValueError("in body")
except ValueError as e:
    print("propagated", e)
def f():
    with CM("d"):
        return "returned from with"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
