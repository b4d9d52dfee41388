for v in [0, 7, -7, 2**70, -(2**70)]:
    print(-v, +v, ~v, abs(v), -(-v) == v)
print(- - 5, + - 5, - + - 5, ~~5, not -5)
print(abs(-0), abs(True), -0 == 0)
