count = 0
def subject():
    global count
    count += 1
    return [1, 2]
match subject():
    case [9, _]:
        pass
    case [1, x]:
        print("x =", x)
print("subject evaluated", count, "time(s)")
match 1, 2:
    case (1, 2):
        print("bare tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
