stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list("abcde")
order = []
while queue:
    order.append(queue.pop(0))
print(order)
dq = [1, 2, 3]
dq.insert(0, 0)
print(dq, dq[-1])
