import sys
print("a", 1, 2.0, None, [1], sep="|", end="#\n")
print()
print("", "")
print("x", end="")
print("y", end="\n")
print("stderr line", file=sys.stderr)
print("stdout again", file=sys.stdout, flush=True)
print(*"abc")
print(*[], sep="-")
print("a", "b", sep="")
print("end is None", end=None)
class Obj:
    def __str__(self):
        return "Obj.__str__"
print(Obj(), [Obj()] if False else "ok")
try:
    print("x", end=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
