try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e))
try:
    raise ValueError("with message")
except ValueError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_outside():
    raise
try:
    reraise_outside()
except RuntimeError as e:
    print(type(e).__name__, e)
