a = "hello"
b = a
a += " world"
print(a, b)
s = "abc"
t = s.upper().lower()
print(s == t, s is s)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(hash("x") == hash("x"))
d = {"key": 1}
print(d["ke" + "y"])
