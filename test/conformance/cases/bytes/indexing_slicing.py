b = b"hello world"
print(b[0], b[-1], type(b[0]).__name__)
print(b[0:5], b[6:], b[::-1], b[::2], b[-5:-1])
print(list(b[:3]), b[5:5], b[100:])
for x in b"AZ":
    print(x, end=" ")
print()
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(104 in b, b"wor" in b, b"" in b, 300 in b if False else "skip")
try:
    "h" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
