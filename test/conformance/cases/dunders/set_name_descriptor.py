class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.private, value)
class Model:
    name = Field()
    age = Field()
m = Model()
print(m.name)
m.name = "Ann"
m.age = 30
print(m.name, m.age, type(Model.name).__name__, Model.name.name)
print(sorted(vars(m)))
f = Field()
Model.late = f
print(hasattr(f, "name"))
