def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(3) > v(2) == v(2))
print(1 < 2 == 2 != 3 >= 3 <= 4 > 0)
print(1 < 3 > 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 is not None is not False)
a = [1]
print(1 in a in [a], 2 not in a in [a])
x = 5
print(0 <= x < 10, 0 <= x < 3, 10 > x >= 5)
