print(not 1 == 2, not (1 == 2), (not 1) == 2, not 0 < 1)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 < 2 and 2 < 3 or 4 > 5, 1 in [1] and 2 not in [1], not 1 in [2], not [] is None)
print(0 or 1 and 2, (0 or 1) and 2, 1 and 0 or 3, None or False or 0 or "" or "last")
print(1 if 0 else 2 or 3, (1 if 0 else 2) or 3, (lambda: 1 if True else 2)())
print(3 > 2 == True, (3 > 2) == True, 1 < 2 < 3 == 3 != 4)
x = 5
print(x > 3 and x < 10 or x == 0, not x > 3 and x < 10)
