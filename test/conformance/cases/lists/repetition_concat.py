a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -2, a + [3], [] + [])
nested = [[0]] * 3
nested[0].append(1)
print(nested)
proper = [[0] for _ in range(3)]
proper[0].append(1)
print(proper)
a += (3, 4)
print(a)
a *= 2
print(a)
try:
    a + (5,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.0
except TypeError as e:
    print(type(e).__name__, e)
b = a
b += [9]
print(a is b, a[-1])
