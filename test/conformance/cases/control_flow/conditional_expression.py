def side(x):
    print("side", x)
    return x
x = 5
print("pos" if x > 0 else "neg")
print(side("yes") if side(True) else side("no"))
print(side("yes") if side(0) else side("no"))
print("a" if x > 10 else "b" if x > 3 else "c")
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(4)])
y = 1 if x else 2 if x > 1 else 3
print(y)
print((lambda: 1 if False else 2)())
