import sys
print()
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" continued")
print("x", "y", sep="", end="!\n")
print(1, 2.5, None, True, [1], sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print("multi\nline")
print("", end="")
print(sep="xx")
print("a", end=None)
print("b", sep=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "writer", file=w)
print(w.parts)
