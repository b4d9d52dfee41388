class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et, ev, tb)
        return True
with Inspect() as i:
    pass
print(i.info)
with Inspect() as i:
    raise KeyError("k")
et, ev, tb = i.info
print(et.__name__, repr(ev), type(tb).__name__, tb.tb_lineno)
with Inspect() as i:
    x = 1 // 0
print(i.info[0].__name__, i.info[1].args)
