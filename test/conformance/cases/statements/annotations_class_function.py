class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
print(Point.__annotations__)
print(Point.y, hasattr(Point, "x"))
def f(a: int, b: "B" = 2, *args: str, c: float = 1.0, **kw: dict) -> list:
    local: int = 5
    unset: str
    return [a, b, c, local]
print(f.__annotations__)
print(f(1))
def g():
    pass
print(g.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
