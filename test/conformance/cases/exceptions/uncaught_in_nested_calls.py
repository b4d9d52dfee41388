def a():
    print("in a")
    b()
def b():
    print("in b")
    c()
def c():
    print("in c")
    {}["missing"]
a()
