# The heap keeps small objects in size-class pages and large ones (over ~1 KB) apart, and
# objects move between the two as they grow and shrink. Values of every size must survive
# many collections intact, through growth, shrinking and churn.


def checksum(s):
    h = 0
    for ch in s[:50]:
        h = (h * 31 + ord(ch)) % 1000003
    return (h + len(s)) % 1000003


# strings of every length from empty to well past the small-object limit, kept alive while
# garbage of all sizes is made in between
kept = []
for n in range(0, 2600, 7):
    kept.append(chr(97 + n % 26) * n)
    junk = [str(i) * (i % 40) for i in range(200)]
print(len(kept), sum(checksum(s) for s in kept) % 1000003)

# lists growing one item at a time across every size class into large buffers, then
# shrinking back (pop) and growing again
grow = []
snapshots = []
for i in range(3000):
    grow.append(i * i)
    if i % 250 == 0:
        snapshots.append(list(grow))
while len(grow) > 10:
    grow.pop()
for i in range(500):
    grow.append(-i)
print(len(grow), sum(grow), [len(s) for s in snapshots], sum(sum(s) for s in snapshots))

# dicts and sets resized up and down
d = {}
for i in range(5000):
    d["k%d" % i] = [i] * (i % 5)
for i in range(0, 5000, 2):
    del d["k%d" % i]
s = set(range(4000))
s -= set(range(0, 4000, 3))
print(len(d), sum(len(v) for v in d.values()), len(s), sum(s))

# many generations of churn: each round replaces half the survivors
pool = [bytearray(i % 1500) for i in range(400)]
for rnd in range(30):
    for i in range(rnd % 2, len(pool), 2):
        pool[i] = bytearray((i * 37 + rnd * 101) % 1500)
        pool[i][:3] = b"abc"[: len(pool[i])]
print(sum(len(b) for b in pool), sum(b[:3].count(b"a") for b in pool))

# a string joined from many pieces and split again
text = ",".join(str(i) * (i % 9) for i in range(20000))
parts = text.split(",")
print(len(text), len(parts), sum(len(p) for p in parts), parts[12345][:5])
