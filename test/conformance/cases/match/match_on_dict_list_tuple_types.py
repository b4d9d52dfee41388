def t(x):
    match x:
        case {"a": 1}:
            return "dict with a=1"
        case [1, 2]:
            return "seq 1,2"
        case (3, 4):
            return "seq 3,4"
        case _:
            return "other"
print(t({"a": 1, "b": 2}), t([1, 2]), t((1, 2)), t([3, 4]), t((3, 4)), t({1, 2}))
