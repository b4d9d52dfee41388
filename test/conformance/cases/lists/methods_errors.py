a = [1, 2, 3]
tests = [lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a.index(1, 1),
         lambda: a.insert("x", 1), lambda: a.extend(5), lambda: a.append(), lambda: a.sort(1), lambda: a[5],
         lambda: a.__setitem__(5, 0), lambda: a["x"]]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
