def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 42, 1000)])
for v in [0, 1, "", "x", [], [0], None, 0.0, -0.0, 1j, {}, set(), range(0)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("inline if")
if x > 10:
    print("no")
elif x > 4: print("inline elif")
