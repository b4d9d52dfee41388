a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
log = []
class T:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
t = T()
t[1] = t[2] = "v"
print(log)
p, q = r = (1, 2)
print(p, q, r)
i = l = 0
l = [0, 0, 0]
i = l[i] = 2
print(i, l)
