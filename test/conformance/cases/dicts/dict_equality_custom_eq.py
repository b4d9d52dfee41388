class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return 1
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name
d = {}
d[Key("a")] = 1
d[Key("b")] = 2
print(len(d))
print(d[Key("b")])
print(Key("c") in d)
