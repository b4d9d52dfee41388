print("before the error")
def parse(s):
    return int(s)
parse("not a number")
print("never printed")
