# Several DEDENT tokens produced by a single line.
for a in range(2):
    for b in range(2):
        for c in range(2):
            if a == b == c:
                print("same", a)
print("after all loops")

def f():
    if 1:
        if 1:
            return "x"
print(f())
while False:
    pass
else:
    print("while-else after dedent")
