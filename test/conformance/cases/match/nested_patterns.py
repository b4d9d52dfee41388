data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 30}},
        {"name": "bob", "roles": [], "meta": {}},
        {"name": "cy", "roles": ["dev"], "meta": {"age": 17}},
    ]
}
for user in data["users"]:
    match user:
        case {"name": str(name), "roles": ["admin", *others], "meta": {"age": int(age)}}:
            print(name, "admin with", others, "age", age)
        case {"name": name, "roles": [], **rest}:
            print(name, "has no roles; rest keys:", sorted(rest))
        case {"name": name, "meta": {"age": age}} if age < 18:
            print(name, "is a minor")
match [(1, [2, (3, {"k": [4]})])]:
    case [(a, [b, (c, {"k": [d]})])]:
        print(a, b, c, d)
