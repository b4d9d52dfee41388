print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(int, "123")))
m = map(lambda x: x * 10, [1, 2])
print(next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(type(map(len, [])).__name__, type(filter(None, [])).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
