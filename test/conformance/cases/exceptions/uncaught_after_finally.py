try:
    print("try block")
    raise IndexError("escapes")
finally:
    print("finally runs before exit")
