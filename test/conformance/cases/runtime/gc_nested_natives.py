# Builtins that run generators (sum, list, min, ...) let the collector run inside them, but
# only when nothing else native holds values below them: here sum and list run as callbacks
# of sorted and map, which hold big-int keys and partial results the collector cannot see.
# The generators make enough garbage to force collections while those are held.


def gen(i):
    for j in range(2000):
        junk = str(j) * 12
        yield (10 ** 30) * (i % 7) + j * len(junk)


gens = [gen(i) for i in range(300)]
ordered = sorted(gens, key=sum)
print(len(ordered))

totals = list(map(sum, (gen(i) for i in range(300))))
print(len(totals), totals[0], totals[-1], sum(totals) % 1000000007)

best = max((gen(i) for i in range(150)), key=lambda g: sum(g))
print(type(best).__name__)

pairs = sorted(((sum(gen(i)), i) for i in range(150)), reverse=True)
print(pairs[0][1], pairs[-1][1], len(pairs))
