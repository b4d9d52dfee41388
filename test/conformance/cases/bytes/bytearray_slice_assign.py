m1, m2, m3 = -1, -2, -3
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
def setsl(a, sl, v):
    a[sl] = v
    return a
def delsl(a, sl):
    del a[sl]
    return a
base = b"0123456789"
t("set", lambda: setsl(bytearray(base), slice(2, 5), b"ab"))
t("set-grow", lambda: setsl(bytearray(base), slice(2, 3), b"abcdef"))
t("set-empty", lambda: setsl(bytearray(base), slice(0, 0), b"<<"))
t("set-end", lambda: setsl(bytearray(base), slice(10, 10), b">>"))
t("set-neg", lambda: setsl(bytearray(base), slice(m3, None), b"x"))
t("set-rev", lambda: setsl(bytearray(base), slice(5, 2), b"zz"))
t("set-list", lambda: setsl(bytearray(base), slice(0, 2), [65, 66, 67]))
t("set-self", lambda: (lambda a: setsl(a, slice(1, 3), a))(bytearray(b"abcd")))
t("set-step", lambda: setsl(bytearray(base), slice(None, None, 2), b"abcde"))
t("set-step-neg", lambda: setsl(bytearray(base), slice(None, None, m2), b"ABCDE"))
t("set-step-err", lambda: setsl(bytearray(base), slice(None, None, 2), b"abc"))
t("set-err-int", lambda: setsl(bytearray(base), slice(0, 2), 5))
t("set-err-str", lambda: setsl(bytearray(base), slice(0, 2), "ab"))
t("set-err-item", lambda: setsl(bytearray(base), slice(0, 2), [300]))
t("set-err-item2", lambda: setsl(bytearray(base), slice(0, 2), ["a"]))
t("del", lambda: delsl(bytearray(base), slice(2, 5)))
t("del-neg", lambda: delsl(bytearray(base), slice(m3, None)))
t("del-step", lambda: delsl(bytearray(base), slice(None, None, 2)))
t("del-step3", lambda: delsl(bytearray(base), slice(1, 8, 3)))
t("del-step-neg", lambda: delsl(bytearray(base), slice(None, None, m3)))
t("del-idx", lambda: delsl(bytearray(base), 3))
t("del-idx-neg", lambda: delsl(bytearray(base), m1))
t("del-idx-err", lambda: delsl(bytearray(base), 10))
t("del-empty", lambda: delsl(bytearray(base), slice(5, 2)))
t("in", lambda: [b"23" in base, 50 in base, b"" in base, b"x" in bytearray(base), 300 in base if False else 0])
t("in-err", lambda: "2" in base)
t("in-err2", lambda: 300 in base)
