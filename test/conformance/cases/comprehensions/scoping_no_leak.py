x = "outer"
result = [x for x in range(3)]
print(x, result)
y = "kept"
_ = [y for _ in range(1)]
print(y)
try:
    [i for i in range(3)]
    print(i)
except NameError as e:
    print(type(e).__name__, e)
k = {k: k for k in "ab"}
print(k)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
items = [1, 2, 3]
print([items for items in items])
print(items)
