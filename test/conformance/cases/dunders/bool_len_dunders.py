class Collection:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(bool(Collection()), bool(Collection(1)), len(Collection(1, 2)))
print("truthy" if Collection(0) else "falsy", not Collection())
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print([bool(Flag(True)), bool(Flag(False))], Flag(False) or "fallback", Flag(True) and "and-value")
print(any([Flag(False), Flag(True)]), all([Flag(True), Collection()]))
