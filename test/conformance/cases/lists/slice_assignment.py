a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDE"
print(a)
a[::-3] = [0, 0, 0, 0]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[1:1] = b
print(b)
b[:] = range(3)
print(b)
b[5:10] = [9]
print(b)
c = [1, 2, 3, 4, 5]
c[3:1] = ["x"]
print(c)
