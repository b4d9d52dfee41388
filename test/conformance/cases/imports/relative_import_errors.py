try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, __package__ is None or __package__ == "")
src = "from .x import y"
code = compile(src, "<s>", "exec")
try:
    exec(code, {"__name__": "toplevel"})
except ImportError as e:
    print(type(e).__name__, e)
