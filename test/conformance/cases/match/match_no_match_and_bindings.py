x = "unchanged"
match 5:
    case 6:
        x = "six"
print(x)
match [1, 2]:
    case [a, 3]:
        print("no")
    case _:
        print("fell through to wildcard")
result = None
match {"k": 1}:
    case {"k": 1, "j": _}:
        result = "both"
    case {"k": 1}:
        result = "k only"
print(result)
