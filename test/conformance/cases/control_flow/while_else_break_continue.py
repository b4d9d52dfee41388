i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while-else runs when no break")
j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)
k = 0
while k < 10:
    k += 1
    if k == 4:
        print("breaking at", k)
        break
else:
    print("not printed")
n = 0
while n < 0:
    n += 1
else:
    print("else on never-entered loop")
