print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print("🐍" * 3, len("🐍" * 3))
