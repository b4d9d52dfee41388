def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    finally:
        print("unwinding", n)
try:
    level(3)
except ValueError as e:
    print("caught", e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError as e:
            print("innermost", e, repr(e.__context__))
        print("back in KeyError handler")
except Exception:
    print("no")
print("end")
