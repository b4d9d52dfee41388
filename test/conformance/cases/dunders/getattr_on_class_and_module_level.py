class Meta(type):
    def __getattr__(cls, name):
        return f"class-level {name}"
class C(metaclass=Meta):
    real = 1
print(C.real, C.virtual)
try:
    C().virtual
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(C, "anything"), hasattr(C, "x"))
