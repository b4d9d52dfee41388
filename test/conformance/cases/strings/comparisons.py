print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")
print("é" > "z", "🐍" > "é", "Z" < "a")
print(sorted(["banana", "Apple", "cherry", "apple", "🐍", "é"]))
print("abc" == "abc", "abc" != "abd", "a" == 'a')
print(max("hello"), min("hello"))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1)
