class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise KeyError(f"exit {self.name} failed")
try:
    with CM("outer"), CM("inner", fail_enter=True):
        print("body not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("one", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print("caught", e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
