data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print(f"long list {n}")
filtered = [y for x in data if (y := x * 2) > 5]
print(filtered, y)
chunks = iter(["a", "b", "", "c"])
while (chunk := next(chunks)) != "":
    print("chunk", chunk)
print((a := 10), a + 1)
def f():
    if (local := 7):
        return local
print(f())
print([last := i for i in range(3)], last)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
