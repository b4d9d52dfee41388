values = [1, 2, 3]
print("total", sum(values))
print(undefined_total)
