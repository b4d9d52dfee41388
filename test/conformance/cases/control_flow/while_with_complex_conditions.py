a, b = 0, 10
while a < b and b - a > 2 or a == 0:
    a += 1
    b -= 1
print(a, b)
stack = [3, 1, 4, 1, 5]
result = []
while stack and stack[-1] != 4:
    result.append(stack.pop())
print(result, stack)
n = 27
steps = 0
while n != 1:
    n = n // 2 if not n % 2 else 3 * n + 1
    steps += 1
print(steps)
