def log(tag, v):
    print(tag, v)
    return v
r = [log("expr", x) for x in log("iter", [1, 2]) if log("cond", x) > 1]
print(r)
d = {log("key", k): log("val", k * 10) for k in range(2)}
print(d)
n = [(log("a", a), log("b", b)) for a in range(2) for b in log("inner-iter", range(a + 1))]
print(n)
