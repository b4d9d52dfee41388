class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.describe(), d.birthday().describe(), d.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(d, object))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__)
print(sorted(d.__dict__.items()))
print(hasattr(d, "name"), hasattr(d, "nope"), getattr(d, "nope", "default"))
