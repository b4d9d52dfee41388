print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a::b".partition("::"))
print("".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
