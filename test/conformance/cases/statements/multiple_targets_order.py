log = []
class L:
    def __setattr__(self, name, value):
        log.append(name)
        object.__setattr__(self, name, value)
o = L()
o.a = o.b = o.c = 1
print(log)
def val():
    log.append("val")
    return [1, 2]
log.clear()
o.x, o.y = val()
print(log)
i = 0
items = [0, 0, 0]
i, items[i] = 1, 5
print(i, items)
