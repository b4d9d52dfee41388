s = "héllo"
for ch in s:
    print(ch, end=",")
print()
print("ll" in s, "" in s, "lo" in s, "hé" not in s)
print(list(enumerate("ab")), list(reversed("abc")))
print(sorted("banana"), set("aaa") == {"a"})
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
