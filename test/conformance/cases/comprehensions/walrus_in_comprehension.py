data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print(y)
def f():
    found = [m for n in range(10) if (m := n * n) > 20]
    return found, m
print(f())
total = 0
sums = [total := total + x for x in data]
print(sums, total)
print([(last := v) for v in "abc"], last)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
