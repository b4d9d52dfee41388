seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alphabet = "ab🐍c"
for trial in range(300):
    s = "".join(alphabet[rnd(4)] for _ in range(rnd(31)))
    sub = "".join(alphabet[rnd(4)] for _ in range(rnd(6)))
    a = rnd(33)
    b = rnd(33)
    r = (s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, a), s.rfind(sub, a, b), s.count(sub, a, b),
         s.split(sub) if sub else None, s.rsplit(sub, 2) if sub else None, s.replace(sub, "XY", 3),
         s.partition(sub) if sub else None, s.rpartition(sub) if sub else None, s.startswith(sub, a), s.endswith(sub, a, b))
    bs = s.encode()
    bsub = sub.encode()
    br = (bs.find(bsub), bs.rfind(bsub), bs.count(bsub), bs.find(bsub, a), bs.rfind(bsub, a, b), bs.count(bsub, a, b),
          bs.split(bsub) if bsub else None, bs.rsplit(bsub, 2) if bsub else None, bs.replace(bsub, b"XY", 3))
    print(trial, ascii(r), br)
big = "ab" * 20000 + "abc" + "ab" * 100
print(big.find("abc"), big.rfind("abab"), big.count("abab"), big.find("b" * 3), len(big.split("ba")))
needle = "a" * 500 + "b"
hay = "a" * 100000 + "b"
print(hay.find(needle), hay.rfind(needle), hay.count("aa"))
