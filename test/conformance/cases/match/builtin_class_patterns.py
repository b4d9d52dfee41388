def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case list([int(), *_]):
            return "list starting with int"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict():
            return "dict"
        case bytes(data):
            return f"bytes {data!r}"
        case _:
            return "other"
for v in [True, 500, 7, 2.5, "", "hi", [1, "a"], ["a"], (1, 2), {}, b"z", None]:
    print(repr(v), "->", kind(v))
