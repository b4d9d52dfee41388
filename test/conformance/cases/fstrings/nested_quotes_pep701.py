d = {"k": "value", "n": 3}
print(f"{d["k"]}")
print(f'{d['k']}')
print(f"{d["n"] + 1}")
items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"{"nested " + f"{d["k"]!r}"}")
print(f"{f"{f"{f"deep"}"}"}")
print(f"""{"'" + '"'}""")
print(f"{'\n'.join(['x', 'y'])}")
print(f"{'\\'}")
