def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(cls):
    registry.append(cls.__name__)
    return cls
registry = []
@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"), registry)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(2))
