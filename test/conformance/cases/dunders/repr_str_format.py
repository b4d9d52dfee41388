class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], (r,), {"k": r})
print(str(StrOnly()), format(StrOnly()), "{}".format(StrOnly()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), "abc"), f"{Fmt():x>5}", "{:q}".format(Fmt()))
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
