log = []
def v(x):
    log.append(x)
    return x
print(f"{v(1)}{v(2):{v(3)}}{v(4)!r}")
print(log)
counter = 0
def nxt():
    global counter
    counter += 1
    return counter
print(f"{nxt()} {nxt()} {nxt()}")
