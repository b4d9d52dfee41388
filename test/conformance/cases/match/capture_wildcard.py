def f(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case other:
            return f"captured {other!r}"
print(f(0), f(-5), f("s"), f([1]))
match 42:
    case _:
        print("wildcard always matches")
match "value":
    case name:
        print("capture binds:", name)
print(name)
