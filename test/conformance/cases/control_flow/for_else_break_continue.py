def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("no")
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
