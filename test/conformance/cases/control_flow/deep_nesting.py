def classify(a, b, c):
    if a:
        if b:
            if c:
                return "abc"
            else:
                return "ab"
        elif c:
            return "ac"
        return "a"
    else:
        if b and c:
            return "bc"
        return "none" if not (b or c) else ("b" if b else "c")
for a in (0, 1):
    for b in (0, 1):
        for c in (0, 1):
            print(a, b, c, classify(a, b, c))
