a = list(range(6))
a[10:20] = [99]
print(a)
a[-100:-50] = [-1]
print(a)
a[3:1] = "xy"
print(a)
a[::-1] = list(range(len(a)))
print(a)
b = [0, 1, 2, 3, 4]
b[1:4:2] = ["a", "b"]
print(b)
del b[::-2]
print(b)
b[:] = []
print(b)
