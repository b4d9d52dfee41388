import sys
def current_name():
    return sys._getframe().f_code.co_name
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer_function():
    return current_name(), caller_name()
print(outer_function())
print(sys._getframe().f_code.co_name)
def line_of_call():
    return sys._getframe(1).f_lineno
print(line_of_call())
x = line_of_call()
print(x)
def here():
    return sys._getframe().f_lineno
print(here())
class K:
    name = sys._getframe().f_code.co_name
print(K.name)
print((lambda: sys._getframe().f_code.co_name)())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
