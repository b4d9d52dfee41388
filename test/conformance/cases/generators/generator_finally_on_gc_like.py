def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("finally on close")
g = gen()
for v in g:
    if v == 2:
        break
print("loop exited at", v)
g.close()
def gen2():
    try:
        yield 1
    finally:
        print("gen2 finally")
for x in gen2():
    pass
print("after full iteration")
