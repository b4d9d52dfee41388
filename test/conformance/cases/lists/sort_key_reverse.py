nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums.sort()
print(nums)
nums.sort(key=lambda x: -x)
print(nums)
print(sorted([]), sorted([1]), sorted((3, 1, 2)), sorted("cab"), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
r = [1, 2, 3]
print(r.sort(), r)
