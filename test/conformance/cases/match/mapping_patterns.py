def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty mapping or no type"
    return "not a mapping"
print(handle({"type": "click", "pos": (1, 2), "extra": True}))
print(handle({"type": "key", "key": "a", "mod": "shift", "time": 5}))
print(handle({"type": "scroll"}))
print(handle({"other": 1}))
print(handle({}))
print(handle([("type", "click")]))
class M(dict):
    def __missing__(self, k):
        return "from missing"
match M(a=1):
    case {"b": v}:
        print("matched missing?", v)
    case _:
        print("__missing__ is not used by mapping patterns")
match {1: "one", None: "none"}:
    case {1: a, None: b}:
        print(a, b)
