class Vec:
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z
match Vec(1, 2):
    case Vec(1, y):
        print("two positional", y)
match Vec(1, 2, 3):
    case Vec(_, _, z=3):
        print("mixed positional and keyword")
try:
    match Vec(1, 2, 3):
        case Vec(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    __match_args__ = ["x"]
    x = 1
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Prop:
    __match_args__ = ("computed",)
    @property
    def computed(self):
        return "from property"
match Prop():
    case Prop(value):
        print(value)
match Vec(1, 2):
    case Vec(w=1):
        print("no")
    case _:
        print("missing attribute -> no match")
