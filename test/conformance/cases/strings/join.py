print(",".join(["a", "b", "c"]))
print("".join([]), "-".join(["x"]))
print(" ".join("abc"))
print("->".join(str(i) for i in range(4)))
print("é".join(["🐍", "🐍"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join([b"a"])
except TypeError as e:
    print(type(e).__name__, e)
print(", ".join(("tuple", "items")))
print("|".join({"k1": 1, "k2": 2}))
