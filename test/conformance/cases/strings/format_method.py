print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y}".format(x=1, y=2))
print("{0[1]} {0[key]}".format({1: "one", "key": "k"}))
print("{0[0]} {0[2]}".format([10, 20, 30]))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{p.x}".format(p=P))
print("{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))
print("{:05d} {:+d} {: d} {:x} {:#o} {:b}".format(42, 42, 42, 255, 8, 5))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{literal}} {}".format(1))
print("{0:{1}}|".format("w", 4))
print("{:,} {:_} {:.2%}".format(1234567, 1234567, 0.256))
for bad in ["{", "}", "{0", "{:d}", "{1}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{name}".format()
except KeyError as e:
    print(type(e).__name__, e)
