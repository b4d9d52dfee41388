d = {i: str(i) for i in range(10)}
del d[3]
del d[7]
print(len(d), list(d))
try:
    del d[3]
except KeyError as e:
    print(type(e).__name__, e)
for i in range(1000):
    d[i] = i
for i in range(1000):
    if i % 3:
        del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
d.clear()
print(d, len(d), bool(d))
