ns = {}
exec("""
def make_adder(n):
    return lambda x: x + n
class Dyn:
    label = "made by exec"
""", ns)
add3 = ns["make_adder"](3)
print(add3(4), ns["Dyn"].label, ns["Dyn"].__module__ if "__name__" in ns else "no __name__ in ns")
src = "total = sum(values)"
scope = {"values": [1, 2, 3]}
exec(src, scope)
print(scope["total"])
print(eval("a * b", {"a": 6}, {"b": 7}))
code = compile("for i in range(3): out.append(i * i)", "<loop>", "exec")
out = []
exec(code)
print(out)
print(eval("(lambda: __name__)()"), eval("__name__", {"__name__": "custom"}))
