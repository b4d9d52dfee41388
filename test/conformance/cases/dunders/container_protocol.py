class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(sorted(self.data))
s = Store()
s["a"] = 1
s["b"] = 2
print(s["a"], len(s), "a" in s, "z" not in s)
del s["a"]
print(list(s), len(s))
try:
    s["missing"]
except KeyError as e:
    print(type(e).__name__, e)
s[1:3] = "slice"
print(sorted(map(str, s.data)))
