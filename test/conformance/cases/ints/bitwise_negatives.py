vals = [0, 5, -5, 12, -12, 2**70, -(2**70) + 3]
for a in vals:
    for b in (3, -3, 2**65 + 1):
        print(a & b, a | b, a ^ b, end="; ")
    print()
print(~0, ~5, ~-5, ~(2**70))
print(-1 >> 10, -1024 >> 3, 1 << 100, -1 << 70, (2**100) >> 98, -(2**100) >> 99)
print(5 << 0, 5 >> 0, 0 << 1000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(-7 >> 1, -7 // 2)
