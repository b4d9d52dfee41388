for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
x = "before"
for x in "ab":
    pass
print(x)
lst = [1, 2, 3]
for lst[0] in [7, 8]:
    pass
print(lst)
class O:
    pass
o = O()
for o.attr in range(2):
    pass
print(o.attr)
for i in range(3):
    i = 100
print(i)
