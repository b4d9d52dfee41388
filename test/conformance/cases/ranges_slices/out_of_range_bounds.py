s = "abcdef"
l = [1, 2, 3, 4, 5, 6]
t = (1, 2, 3, 4, 5, 6)
for lo, hi in [(-100, 100), (100, -100), (3, 100), (-100, 3), (4, 2), (6, 6), (-1, -2)]:
    print(lo, hi, repr(s[lo:hi]), l[lo:hi], t[lo:hi], list(range(6))[lo:hi])
print(s[10**20:], l[-10**20:2], l[2:10**20])
