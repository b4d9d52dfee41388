nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
queue = [1]
for x in queue:
    if x < 20:
        queue.append(x * 2)
print(queue)
items = [1, 2, 3]
for i in range(len(items)):
    items[i] *= 10
print(items)
