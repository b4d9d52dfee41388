f = 1
for i in range(1, 101):
    f *= i
    if i in (10, 20, 25, 50):
        print(i, f)
print(f)
print(len(str(f)), f % 1000003, f // 10**150)
