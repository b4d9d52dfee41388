# Objects reachable only through containers, closures, generator frames and instance dicts
# must survive a million allocations (the collector runs many times during the loop).
class Box:
    def __init__(self, v):
        self.v = v


keep_list = [Box(1)]
keep_dict = {"k": Box(2)}
keep_tuple = (Box(3),)
keep_set = {frozenset([7, 8])}


def make_closure():
    b = Box(4)

    def get():
        return b.v

    return get


keep_closure = make_closure()


def gen():
    b = Box(5)
    yield b.v
    yield b.v * 10


g = gen()
print(next(g))
holder = Box(Box(Box(6)))
junk = None
for i in range(1_000_000):
    junk = [i, str(i), Box(i), {"i": i}]
print(keep_list[0].v, keep_dict["k"].v, keep_tuple[0].v, keep_closure(), next(g), holder.v.v.v)
print(sorted(next(iter(keep_set))))
print(junk[0], junk[1], junk[2].v, junk[3])
