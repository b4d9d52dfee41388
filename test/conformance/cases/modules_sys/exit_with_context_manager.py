import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.code)
        return False
with CM():
    sys.exit(6)
