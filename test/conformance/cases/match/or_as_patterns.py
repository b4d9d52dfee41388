def f(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_] :
            return f"starts with {letter}"
        case {"k": (int() | float()) as num}:
            return f"number {num}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
    return "no match"
for v in [2, ["b", 9], {"k": 1.5}, {"k": "s"}, "s", b"b", [7, 8], (4, 5, 6), 99]:
    print(repr(v), "->", f(v))
