vals = [0, 1, -1, 1.0, 2.5, True, False]
for a in vals:
    print(a, [a < b for b in vals], [a == b for b in vals])
print("a" < "b" <= "b" != "c" > "a" >= "a" == "a")
l = [1]
m = [1]
print(l == m, l is m, l is not m, l != m, None is None, 1 in l, 2 not in l)
print((1, 2) < (1, 2, 3), [2] > [1, 99], "abc" < "abd", b"a" < b"b", {1} < {1, 2}, {1} <= {1}, frozenset() < {0})
