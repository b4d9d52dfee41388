def command(text):
    match text.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"picked {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *args]:
            return f"unknown {verb} {args}"
for t in ["go north", "go", "go a b", "pick up key", "take lamp", "quit", "exit", "", "dance wildly"]:
    print(repr(t), command(t))
match "abc":
    case "abc":
        print("str literal match")
match ("a", 1):
    case ("a", n):
        print("tuple match", n)
