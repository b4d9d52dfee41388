x = 2.718281828
for w in (6, 10):
    for p in (1, 3):
        print(f"[{x:{w}.{p}f}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{11}}]")
spec = ".2e"
print(f"{12345.6789:{spec}}")
print(f"{42:{'>'}{'10'}}|")
w = 5
print(f"{'a':{w}}|{'b':>{w}}|")
