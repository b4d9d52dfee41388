pairs = [(17, 5), (-17, 5), (17, -5), (2.5, 0.5), (7, 2.0)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
ints = [(12, 10), (-12, 10), (2**70, 3)]
for a, b in ints:
    print(a, b, "|", a & b, a | b, a ^ b, a << b, a >> 2, ~a)
print([1] + [2], "a" * 3, (1,) * 2, [1, 2] * 0, {1} | {2}, {1, 2} & {2}, {1, 2} - {1}, {1} ^ {1, 2})
print({"a": 1} | {"b": 2}, b"x" + b"y", bytearray(b"a") * 2)
