grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    else:
        continue
    break
print(found)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print(count)
