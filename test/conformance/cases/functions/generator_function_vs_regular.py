def regular():
    return 1
def gen():
    yield 1
def gen_unreachable():
    return "r"
    yield
print(type(regular()).__name__, type(gen()).__name__, type(gen_unreachable()).__name__)
print(list(gen()), list(gen_unreachable()))
