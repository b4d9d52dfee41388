class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.instance_attr = 3
def public(names):
    return [n for n in names if not n.startswith("__")]
print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child) == sorted(dir(Child)))
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
def f():
    local_b = 1
    local_a = 2
    return dir()
print(f())
import math
print(public(dir(math))[:5])
