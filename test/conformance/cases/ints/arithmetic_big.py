a = 123456789123456789123456789
b = 987654321987654321
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b)
print(a ** 3)
print(abs(-a), -(-a), +a)
x = 1
for i in range(200):
    x = x * 3 + i
print(x)
print(x % 1000000007, x.bit_length())
print((10**50 + 1) * (10**50 - 1) == 10**100 - 1)
