calls = []
def check(tag, result):
    calls.append(tag)
    return result
def classify(p):
    match p:
        case (x, y) if check("g1", x > y):
            return "x > y"
        case (x, y) if check("g2", x == y):
            return "x == y"
        case (x, _):
            return f"x < y, x bound to {x}"
for p in [(3, 1), (2, 2), (1, 5)]:
    calls.clear()
    print(p, classify(p), calls)
match 5:
    case n if n > 10:
        print("no")
    case n:
        print("guard failed then captured", n)
