def lazy():
    import _helper_mod
    return _helper_mod.VALUE
print("before call")
print(lazy())
print(lazy())
print("_helper_mod" in globals())
def local_from():
    from _helper_mod import greet
    return greet("local")
print(local_from())
