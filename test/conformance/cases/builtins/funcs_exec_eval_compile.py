# exec/eval/compile: namespaces, modes, code objects, errors.
def show(f):
    try:
        print("->", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

g = {"a": 2}
exec("b = a * 3", g)
print(g["b"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
loc = {}
exec("c = 7\nd = c + 1", {}, loc)
print(loc)
exec("z = 3", None, loc)
print(sorted(loc))

def fn():
    z = 10
    exec("z = 99; w = z + 1")
    return z, eval("z + 1"), eval("w")
print(fn())

def fn2():
    loc = {}
    exec("def f(): return 7\nv = f()", {}, loc)
    return loc["v"]
print(fn2())

print(eval("a + 1", g), eval("a", {"a": 1}, {"a": 5}), eval("  1 + 1"), eval("\t2"), eval(b"3 * 3"))
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + a)(1)", g))

c = compile("x = 1\nprint('ran', x)", "<c>", "exec")
print(type(c).__name__)
exec(c)
print(x)
exec(compile("1 + 2", "<s>", "single"))
exec(compile("None", "<s>", "single"))
print(eval(compile("40 + 2", "<e>", "eval")))
print(eval(compile("y = 1", "<e>", "exec")))
print(exec("1 + 1"), exec(compile("1", "f", "eval")))

def run(src):
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

run("1 +")
run("x y")
run(" 1")
run("def f(:\n  pass")
show(lambda: eval("1 +"))
show(lambda: eval("undefined_variable"))
show(lambda: eval("x = 1"))
show(lambda: eval())
show(lambda: eval(1))
show(lambda: eval("1", 1))
show(lambda: eval("1", {}, 1))
show(lambda: eval("1", globals={}))
show(lambda: eval("1", [], {}))
show(lambda: exec(1))
show(lambda: exec("1", 1))
show(lambda: exec("1", {}, 1))
show(lambda: exec("1", foo=1))
show(lambda: exec())
show(lambda: compile())
show(lambda: compile("1", "f"))
show(lambda: compile(1, "f", "exec"))
show(lambda: compile("1", 1, "exec"))
show(lambda: compile("1", "f", 1))
show(lambda: compile("x", "<s>", "bogus"))
show(lambda: compile("1", "f", "exec", optimize=5))
show(lambda: compile("a\0b", "f", "exec"))

ns = {}
exec("import sys\nresult = sys.maxsize > 0", ns)
print(ns["result"])
counter = {"n": 0}
exec("n += 1\ndef get(): return n * 100", counter)
print(counter["n"], counter["get"]())
