class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("x") as x, CM("y") as y):
    print("parenthesised", x, y)
with (
    CM("p") as p,
    CM("q"),
    CM("r") as r,
):
    print("multi-line", p, r)
with (CM("solo")):
    print("single parenthesised expression")
with CM("m") as (first, *rest):
    print("unpacked target", first, rest)
