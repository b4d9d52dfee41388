def none1():
    pass
def none2():
    return
def multi():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), multi(), early(1), early(0))
def nested():
    def inner():
        return "inner"
    return inner
print(nested()(), nested().__name__)
def gen_return():
    return [i for i in range(3)]
print(gen_return())
