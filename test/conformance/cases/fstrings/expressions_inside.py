a, b = 3, 4
print(f"{a if a > b else b}")
print(f"{(lambda v: v * 2)(a)}")
print(f"{[x ** 2 for x in range(a)]}")
print(f"{ {1, 2} }")
print(f"{(y := 5) + 1} {y}")
print(f"{a!r:>{b}}")
d = {"x": [1, 2, {"y": "deep"}]}
print(f"{d['x'][2]['y'].upper()}")
print(f"{'a' 'b'}")
print(f"{'%d' % a}")
print(f"{a:{b}d}|{a:0{b}}")
print(f"{not a}|{-a}|{~a}|{a ** -1}")
