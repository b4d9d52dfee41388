def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
    except:
        return "bare"
for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(), KeyboardInterrupt(), SystemExit()]:
    print(classify(exc))
try:
    raise ValueError
except Exception:
    pass
try:
    try:
        raise ValueError("x")
    except (TypeError,):
        pass
except ValueError as e:
    print("fell through", e)
handlers = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print(e)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
