s = "café\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{s!r:>15}|")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format(" + spec + ")"
c = C()
print(f"{c} {c!s} {c!r} {c!a} {c:xyz} {c!s:>7}")
print(f"{42!r} {1.5!s} {None!a}")
