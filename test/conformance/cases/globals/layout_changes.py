# Cached global lookups across changes to the dict's layout: resizes that compact deleted
# entries (moving every later entry), popitem freeing the last entry for a new key, and
# many inserts in a row.

a0 = "first"
a1 = "second"
target = "the target"


def read_target():
    return target


def warm(f, n=30):
    r = None
    for _ in range(n):
        r = f()
    return r


print(warm(read_target))
# deleting earlier keys, then growing the dict, moves `target` to a lower entry index
del a0
del a1
for i in range(200):
    globals()["filler%d" % i] = i
print(warm(read_target))
target = "rebound after resize"
print(warm(read_target))
print(warm(lambda: filler199))
for i in range(200):
    del globals()["filler%d" % i]
print(warm(read_target))

# popitem removes the newest entry; the next insert reuses its slot for another key
def read_newest():
    return newest


newest = "newest value"
print(warm(read_newest))
k, v = globals().popitem()
print("popped", k, v)
globals()["replacement"] = "replacement value"
try:
    read_newest()
except NameError as e:
    print("after popitem:", e)
print(warm(lambda: replacement))


# a loop that adds and removes globals while reading others
def churn():
    out = []
    for i in range(20):
        globals()["tmp%d" % i] = i
        out.append(target)
        if i % 3 == 0:
            del globals()["tmp%d" % i]
        out.append(globals().get("tmp%d" % i, -1))
    return out


print(churn())
print(sorted(k for k in globals() if k.startswith("tmp")))
