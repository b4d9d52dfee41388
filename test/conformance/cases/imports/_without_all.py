import math as _math_alias
alpha = 1
beta = 2
_gamma = 3
def func():
    return "func"
