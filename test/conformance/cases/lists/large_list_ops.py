a = list(range(100000))
print(len(a), a[-1], sum(a), a[50000])
a.reverse()
print(a[:3], a.index(0))
b = a[::1000]
print(len(b), b[:3])
c = [0] * 50000 + [1]
print(c.count(0), c.index(1))
del a[10:99990]
print(len(a), a)
