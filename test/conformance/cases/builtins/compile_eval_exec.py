print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
code = compile("a = 5\nb = a * 2", "<string>", "exec")
ns = {}
exec(code, ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
expr = compile("len('abc') + 1", "<e>", "eval")
print(eval(expr), type(expr).__name__)
single = compile("1 + 1", "<s>", "single")
print(type(single).__name__)
g = {"counter": 0}
exec("counter += 1\ndef f(): return counter * 100", g)
print(g["counter"], g["f"]())
print(eval("[i * i for i in range(4)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_variable")
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("x", "<s>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
print(exec("1 + 1"), eval("None"))
exec("import math\nresult = math.floor(2.7)", ns)
print(ns["result"])
loc = {}
exec("z = 3", None, loc)
print(loc)
