a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
arr = [5, 6]
i, arr[i] = 1, 99
print(i, arr)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
