parts = []
for i in range(5):
    parts.append(f"{i}:{chr(97 + i)}")
print(";".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(s.rstrip(), len(s))
table = "\n".join(f"{n:>3} {n * n:>5} {n ** 3:>7}" for n in range(1, 6))
print(table)
print("%-6s|%6s|" % ("left", "right"), "{:^9}".format("mid"))
