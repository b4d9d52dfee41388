class Dynamic:
    existing = "real attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.existing, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return None
l = Logged()
print(l.x, l.missing)
