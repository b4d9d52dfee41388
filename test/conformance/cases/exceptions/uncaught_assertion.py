values = [1, 2, 3]
print(sum(values))
assert sum(values) == 7, "sum mismatch"
