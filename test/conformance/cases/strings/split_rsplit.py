s = "  a  b   c  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1))
print(s.rsplit(None, 1))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 2))
print("a,b,,c".rsplit(",", 2))
print("a::b::c".split("::"))
print("".split(), "".split(","))
print("abc".split("abc"))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a\tb\nc\x0bd\x0ce\rf".split())
print("1 2 3".split(" ", 0), "1 2 3".split(" ", -1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
