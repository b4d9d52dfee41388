def side(x):
    print("side", x)
    return x
side(1)
side(2) + side(3)
[side(i) for i in range(2)]
1 + 1
"just a string"
side(4) if side(False) else side(5)
x = 3
x
print("end")
