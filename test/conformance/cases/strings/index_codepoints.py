s = "wörld🐍!"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
print(s[-1], s[-2], s[5])
print(s[1:6], s[::-1], s[::2])
try:
    s[7]
except IndexError as e:
    print(type(e).__name__, e)
print("🐍" in s, "ö" in s, "x" in s)
print(s.find("🐍"), s.index("!"))
print(list("aé🐍"))
