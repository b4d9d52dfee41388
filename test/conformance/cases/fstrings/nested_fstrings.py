x = 5
width = 8
print(f"{f'{x}':>{width}}|")
print(f"outer {f'inner {x}'} outer")
print(f"{x:{'^' if x > 3 else '<'}{width}}|")
vals = [1, 22, 333]
print(f"{', '.join(f'{v:04d}' for v in vals)}")
print(f"{[f'{i}{i}' for i in range(3)]}")
print(f"{ {'a': f'{x}'}['a'] }")
