s = "héllo"
print(f"[{s}]|[{s:10}]|[{s:>10}]|[{s:^10}]|[{s:-^11}]|[{s:.3}]|[{s:>8.2}]")
print(f"[{'🐍':^5}]|[{'🐍':🐍<3}]")
print(f"[{'':3}]|[{'x':0>3}]")
try:
    f"{s:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{s:,}"
except ValueError as e:
    print(type(e).__name__, e)
