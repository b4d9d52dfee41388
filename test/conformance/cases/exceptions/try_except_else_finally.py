def run(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "handled"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally")
print(run(2))
print(run(0))
try:
    pass
finally:
    print("finally without except")
try:
    raise ValueError("v")
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    raise KeyError("k")
except TypeError:
    print("no")
except LookupError as e:
    print("base class caught", type(e).__name__)
except KeyError:
    print("unreachable: earlier clause wins")
