d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k].upper()
print(d)
for k in list(d):
    del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
