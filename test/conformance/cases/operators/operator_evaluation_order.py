def v(x):
    print("eval", x)
    return x
print(v(1) + v(2) * v(3))
print(v(2) ** v(3) ** v(1))
print(v([1]) == v([1]) != v([2]))
d = {}
d[v("key")] = v("value")
print(d)
print(v(1) if v(True) else v(2))
x = [0, 0]
x[v(0)], x[v(1)] = v(10), v(20)
print(x)
print(v(3) < v(2) < v(1))
