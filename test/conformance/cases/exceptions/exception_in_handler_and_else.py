def f(fail_in):
    try:
        if fail_in == "try":
            raise ValueError("try")
    except ValueError:
        print("handler")
        if fail_in == "try":
            raise KeyError("from handler")
    else:
        print("else")
        if fail_in == "else":
            raise IndexError("from else")
    finally:
        print("finally")
for where in ["none", "try", "else"]:
    try:
        f(where)
        print("completed", where)
    except Exception as e:
        print("escaped", type(e).__name__, e, "context:", repr(e.__context__))
