# // and % on ints of every sign near the edges of the inline (48-bit) range, where the
# dispatch loop computes them itself.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**46, -2**46, 2**47 - 1, -2**47, 12345678901, -98765432109]
out = []
for x in vals:
    for y in vals:
        if y != 0:
            out.append((x // y, x % y))
print(len(out), sum(q for q, r in out) % 1000003, sum(r for q, r in out) % 1000003)
print(out[:40])
x = -2**47
print(x // -1, x % -1, type(x // -1))
