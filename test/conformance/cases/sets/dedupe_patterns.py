data = [5, 3, 5, 1, 3, 9, 1, 1]
print(sorted(set(data)), len(set(data)))
seen = set()
ordered = []
for x in data:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered)
print(list(dict.fromkeys(data)))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes))
