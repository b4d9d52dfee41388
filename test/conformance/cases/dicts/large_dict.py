d = {}
for i in range(20000):
    d[i * 7 % 20000] = i
print(len(d), d[0], d[7], d[19999], sum(d.values()))
s = {}
for i in range(5000):
    s[str(i)] = i
print(s["4999"], s["0"], len(s), "5000" in s)
for i in range(0, 5000, 2):
    del s[str(i)]
print(len(s), list(s)[:3])
t = {(i, -i): i for i in range(3000)}
print(t[(1234, -1234)], len(t))
