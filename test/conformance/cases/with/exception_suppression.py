class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppressed KeyError")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy():
    1 / 0
print("suppressed by truthy return")
def func():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("iteration", i)
            1 / 0
    return "loop completed"
print(func())
