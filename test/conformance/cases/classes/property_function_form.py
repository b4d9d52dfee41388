class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def get_area(self):
        return self.w * self.h
    def set_area(self, v):
        self.w = v / self.h
    def del_area(self):
        print("del area")
    area = property(get_area, set_area, del_area, "the area")
    readonly = property(lambda self: "ro")
r = Rect(2, 3)
print(r.area)
r.area = 12
print(r.w, r.area)
del r.area
print(Rect.area.__doc__, r.readonly)
p = property()
try:
    p.__get__(r, Rect)
except AttributeError as e:
    print(type(e).__name__, e)
print(Rect.area.fget is Rect.get_area, Rect.readonly.fset)
