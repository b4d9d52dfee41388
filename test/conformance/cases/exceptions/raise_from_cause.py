try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("r") from ValueError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError from ValueError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
