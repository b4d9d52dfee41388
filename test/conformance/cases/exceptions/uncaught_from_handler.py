try:
    raise KeyError("original")
except KeyError:
    print("in handler")
    raise TypeError("handler failed")
