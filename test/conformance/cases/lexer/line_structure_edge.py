x = (1,
2)
print(x)
if x:

    print("blank line after colon is fine")



    print("blank lines inside block")
def f():
    """docstring only"""
print(f(), f.__doc__)
def g():
    pass
    # trailing comment at deeper indent
print(g())
y = [
    # only a comment
]
print(y)
