def outer(a, b):
    c = a + b
    def inner():
        return a, c
    return inner
fn = outer(1, 2)
print(fn.__code__.co_freevars, [cell.cell_contents for cell in fn.__closure__])
print(outer.__code__.co_cellvars)
def no_closure():
    return 1
print(no_closure.__closure__)
