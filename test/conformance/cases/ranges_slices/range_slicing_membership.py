r = range(0, 20, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[::-2])
print(list(r[1:4]), list(r[::-1]))
print(6 in r, 7 in r, -3 in r, 18 in r, 21 in r, 6.0 in r, "x" in r)
big = range(10**20)
print(len(big) if False else big[-1], 10**19 in big, big[10**19], big[::10**19])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(range(-10, 10, 5)[1], range(10, -10, -5)[-1])
