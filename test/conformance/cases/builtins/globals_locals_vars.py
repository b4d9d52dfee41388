g_var = "global value"
print("g_var" in globals(), globals()["g_var"], globals()["__name__"])
globals()["created_via_globals"] = 123
print(created_via_globals)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class K:
    x = 1
    y = sorted(k for k in locals() if not k.startswith("__"))
print(K.y)
class V:
    def __init__(self):
        self.p = 1
print(vars(V()), vars(K)["x"])
def g():
    return locals()
print(g())
print(sorted(k for k in vars() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
