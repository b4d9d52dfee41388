s = "abc" 'def' """ghi"""
print(s)
print("a" r"\n" "b")
t = ("multi "
     "line "
     "concat")
print(t)
b = b"x" b'y' rb"\z"
print(b)
x = 5
print(f"x={x} " "plain " f"{x*2}")
print("con" "cat" == "concat")
print(len("ab" "cd"))
