ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([33, 33])
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[0:0] = b"<<"
del ba[-3:]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
ba += b"abc"
ba *= 2
print(ba)
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.remove(120), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = ba.copy()
c[0] = 0
print(ba, c, ba[::2])
ba[::2] = b"XYZ"
print(ba)
