# One code object run in several namespaces: each run must read its own dict's globals,
# and changes to one namespace (including clear()) must not leak into another.

code = compile(
    """
def get():
    return value
result = [get() for _ in range(20)]
""",
    "<shared>",
    "exec",
)

d1 = {"value": "one"}
d2 = {"value": "two"}
exec(code, d1)
exec(code, d2)
print(d1["result"][-1], d2["result"][-1])
exec(code, d1)
print(d1["result"][-1])
print(d1["get"](), d2["get"]())
d1["value"] = "one, rebound"
print(d1["get"](), d2["get"]())
del d2["value"]
try:
    d2["get"]()
except NameError as e:
    print("d2:", e)
print(d1["get"]())

# clear() empties the namespace; the functions in it then see nothing
d3 = {"value": "three"}
exec(code, d3)
get3 = d3["get"]
print(get3())
d3.clear()
try:
    get3()
except NameError as e:
    print("after clear:", e)
d3["value"] = "three again"
print(get3())

# a global reading a builtin, and a namespace that later shadows it
code2 = compile("def f():\n    return abs(-5)\n", "<abs>", "exec")
e1 = {}
e2 = {}
exec(code2, e1)
exec(code2, e2)
for _ in range(20):
    e1["f"]()
    e2["f"]()
e2["abs"] = lambda v: "shadowed in e2"
print(e1["f"](), e2["f"]())
del e2["abs"]
print(e1["f"](), e2["f"]())

# exec that defines names with a code object compiled once and run repeatedly in one dict
counter_code = compile("n = n + 1 if 'n' in globals() else 0", "<count>", "exec")
ns = {}
for _ in range(5):
    exec(counter_code, ns)
print(ns["n"])

# eval reading a global in a dict that changes between evaluations
expr = compile("w * 2", "<expr>", "eval")
g = {"w": 1}
vals = []
for i in range(5):
    g["w"] = i
    if i == 3:
        g.pop("w")
        g["w"] = 100
    vals.append(eval(expr, g))
print(vals)
