name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(F"upper prefix {n}")
print(f"{'literal'}")
print(f"{n}{n}", f"{{}}", f"{{{n}}}", f"}}{{")
print(f"")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{name.upper()} {len(name)} {name[1:3]}")
print(f"{3.14159:.2f} {n:5d}|{n:<5}|")
print(type(f"{n}").__name__)
