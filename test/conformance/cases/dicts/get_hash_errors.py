d = {"a": 1}
for key in [[1], {1: 2}, {1}]:
    try:
        d[key]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        d.get(key)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        key in d
    except TypeError as e:
        print(type(e).__name__, e)
