t = tuple(range(1000))
print(len(t), t[500], t[-1], sum(t), t[10:15], t.index(999))
deep = ()
for i in range(5):
    deep = (deep, i)
print(deep)
print(((1, 2), (3, 4))[1][0], tuple(zip((1, 2), (3, 4))))
