from _without_all import *
print(alpha, beta, func())
for name in ["_gamma", "_math_alias"]:
    print(name, name in globals())
