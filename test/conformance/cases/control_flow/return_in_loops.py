def f(xs):
    for x in xs:
        while True:
            if x > 2:
                return x
            break
    return None
print(f([1, 2, 3, 4]), f([0]), f([]))
def g():
    for i in range(3):
        try:
            if i == 1:
                return "returned at 1"
        finally:
            print("finally", i)
print(g())
