class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
p = Point(3, 4)
x, y = p
print(x, y, list(p), tuple(p), p[1], len(p), dict(a=p)["a"], {p, Point(3, 4)})
print(sorted([Point(2, 1), Point(1, 2)], key=tuple), max(p), sum(p))
