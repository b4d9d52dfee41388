import sys
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-5:])
print(len(str(-n)))
m = 7 ** 5000
print(len(str(m)) if len(str(m)) <= 4300 else "too long")
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 97)
print(len(hex(10 ** 5000)), hex(2 ** 20000)[:6])
print(sys.get_int_max_str_digits())
try:
    repr(-(10 ** 4300))
except ValueError as e:
    print(type(e).__name__)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print(type(e).__name__)
