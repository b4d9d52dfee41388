s = set(range(0, 100000, 3))
t = set(range(0, 100000, 5))
print(len(s), len(t), len(s & t), len(s | t), len(s - t), len(s ^ t))
print(min(s & t), max(s & t), 99999 in s, 99990 in s & t)
for i in range(0, 100000, 6):
    s.discard(i)
print(len(s), sorted(s)[:5])
