with open("_data.txt") as f:
    content = f.read()
print(repr(content))
with open("_data.txt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0].rstrip())
with open("_data.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open("_data.txt") as f:
    print(f.readline().strip(), "|", f.read(5), "|", f.closed)
print(f.closed)
with open("_data.txt", "rb") as fb:
    data = fb.read()
print(type(data).__name__, len(data), data[:10])
try:
    open("_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
