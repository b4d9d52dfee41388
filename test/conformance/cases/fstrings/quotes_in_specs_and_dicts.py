person = {"name": "Grace", "langs": ["COBOL", "FORTRAN"]}
print(f"{person['name']} knows {len(person['langs'])} languages: {', '.join(person['langs'])}")
print(f'{person["name"]!r:>10}')
print(f"{person["langs"][-1]:*^12}")
key = "name"
print(f"{person[key]}")
print(f"{'a' if person else 'b'}")
