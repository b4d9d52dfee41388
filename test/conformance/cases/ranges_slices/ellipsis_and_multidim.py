class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        if isinstance(key, tuple):
            return [self.cells.get(k) if not isinstance(k, slice) else k for k in key]
        return self.cells.get(key)
g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
print(g[0, 0], g[(1, 2)], g[0], g[1:3, ...])
