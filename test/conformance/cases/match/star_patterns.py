def f(x):
    match x:
        case [*_, 0]:
            return "ends with 0"
        case [0, *_]:
            return "starts with 0"
        case [*head, 9, 9]:
            return f"head={head} then two nines"
        case [_, *mid, _] if mid:
            return f"mid={mid}"
        case [*all_]:
            return f"all={all_}"
print(f([1, 0]), f([0, 1]), f([1, 2, 9, 9]), f([1, 2, 3]), f([5]), f([]))
match list(range(5)):
    case [a, b, *rest]:
        print(a, b, rest, type(rest).__name__)
match (1, 2, 3):
    case (*init, last):
        print(init, last, type(init).__name__)
