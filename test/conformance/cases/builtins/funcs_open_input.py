# open() of a helper file in text and binary modes, file methods, input() and breakpoint().
def show(f):
    try:
        print("->", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

f = open("_funcs_data.txt")
print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
print(repr(f.read(3)), repr(f.readline()), repr(f.readline(2)), repr(f.readline(-1)))
print(f.readlines())
print(repr(f.read()), repr(f.readline()), f.readlines())
f.close()
print(f.closed)
show(lambda: f.read())
show(lambda: f.readline())
show(lambda: next(f))
show(lambda: iter(f))
f.close()

with open("_funcs_data.txt", encoding="utf-8") as fh:
    print([line for line in fh])
with open("_funcs_data.txt") as fh:
    print(fh.readlines(5), fh.read(4), fh.read(None)[:3])
with open("_funcs_data.txt", newline="") as fh:
    print(fh.readlines())
with open("_funcs_data.txt", "rb") as fh:
    print(type(fh).__name__, fh.mode, fh.read(6), fh.readline(), fh.readline(3))
    print(fh.readlines())
    print(fh.read(), fh.tell(), fh.seek(0), fh.read(3), fh.seek(-2, 2), fh.read())
with open("_funcs_data.txt", "rb") as fh:
    print(list(fh))
    fh.close()
    show(lambda: fh.read())
    show(lambda: fh.readline())
g = open("_funcs_data.txt")
print(g.__enter__() is g, g.__exit__(None, None, None), g.closed)
show(lambda: g.__enter__())
h = open("_funcs_data.txt", "rt")
print(h.tell(), repr(h.readline()), h.seek(0), repr(h.read(1)))
show(lambda: h.read("x"))
show(lambda: h.write("x"))

show(lambda: open())
show(lambda: open("_funcs_data.txt", "q"))
show(lambda: open("_funcs_data.txt", "rr"))
show(lambda: open("_funcs_data.txt", "rw"))
show(lambda: open("_funcs_data.txt", "U"))
show(lambda: open("_funcs_data.txt", "b"))
show(lambda: open("_funcs_data.txt", "rbt"))
show(lambda: open("_funcs_data.txt", "rb", encoding="utf-8"))
show(lambda: open("_funcs_data.txt", "rb", newline=""))
show(lambda: open("_funcs_data.txt", newline="x"))
show(lambda: open("_funcs_data.txt", mode=1))
show(lambda: open(1.5))
try:
    open("_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
try:
    open("_missing_file.txt", "rb")
except OSError as e:
    print(type(e).__name__, e.errno, isinstance(e, FileNotFoundError))

try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
show(lambda: input(1, 2))
print(callable(breakpoint), type(breakpoint).__name__)
