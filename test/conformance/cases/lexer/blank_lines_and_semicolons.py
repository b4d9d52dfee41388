a = 1; b = 2; c = a + b
print(a, b, c)


if c == 3: print("one-line if"); print("second stmt")
for i in range(3): print(i, end=" ")
print()
while a < 3: a += 1
print(a)
def f(): return "short"
print(f())
class C: x = 5
print(C.x)
x = 1;
print(x)
