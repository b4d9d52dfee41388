class Managed:
    def __init__(self, gen_func, *args):
        self.gen = gen_func(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("generator saw", e)
    finally:
        print(f"</{name}>")
with Managed(tag, "div") as t:
    print("inside", t)
with Managed(tag, "span"):
    raise ValueError("handled inside generator")
print("done")
