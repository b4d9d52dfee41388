log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(f"enter {self.n}")
        return self.n
    def __exit__(self, *a):
        log.append(f"exit {self.n}")
def f():
    with CM(1) as a:
        with CM(2) as b:
            try:
                return a + b
            finally:
                log.append("finally")
print(f(), log)
log.clear()
def g():
    for i in range(3):
        with CM(i):
            if i == 1:
                return "returned in loop"
print(g(), log)
