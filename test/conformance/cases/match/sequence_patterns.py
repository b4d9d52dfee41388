def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3)]:
    print(s, "->", shape(s))
for s in ["ab", b"ab", {"a": 1}, iter([1])]:
    print(type(s).__name__, "->", shape(s))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
match (1, 2, 3):
    case (1, *_):
        print("tuple starts with 1")
match [1, 2]:
    case (a, b):
        print("tuple pattern matches list", a, b)
