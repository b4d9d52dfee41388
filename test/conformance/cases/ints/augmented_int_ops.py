x = 10
ops = []
x += 5; ops.append(x)
x -= 3; ops.append(x)
x *= 4; ops.append(x)
x //= 5; ops.append(x)
x %= 7; ops.append(x)
x **= 10; ops.append(x)
x <<= 3; ops.append(x)
x >>= 2; ops.append(x)
x &= 0xFFFF; ops.append(x)
x |= 0x10000; ops.append(x)
x ^= 0xFF; ops.append(x)
x /= 4; ops.append(x)
print(ops)
y = 2**62
y *= y
print(y)
