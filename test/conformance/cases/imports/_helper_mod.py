"""Helper module for import cases."""
print("executing _helper_mod body")
VALUE = 42
_private = "hidden"
def greet(name):
    return f"hello {name} from {__name__}"
class Thing:
    kind = "helper thing"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
