a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1], a[::-100], a[3:3])
print(a[slice(2, 8, 2)], a[slice(None)], a[slice(-2, None)])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(a[True], a[-True])
