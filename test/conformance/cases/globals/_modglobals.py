"""Helper for module_globals: a module whose functions read its own globals."""
X = "module X"


def read_x():
    return X


def read_print():
    return print
