def row(i, v):
    return f"{i:>2}: {v:<6}|{v * 1.5:7.2f}"
for i, v in enumerate([1, 10, 100]):
    print(row(i, v))
table = [f"{n}^2={n*n}" for n in range(1, 5)]
print(table)
g = (f"<{c}>" for c in "ab")
print("".join(g))
