# Form feed at the start of a line is ignored for indentation.
if True:
    x = 1
print(x)
def f():
    return 2
print(f())
