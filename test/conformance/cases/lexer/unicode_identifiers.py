café = "coffee"
naïve = 3
π = 3.14159
Ω = "omega"
print(café, naïve, π, Ω)
def größe(x):
    return x * 2
print(größe(21))
class Über:
    wert = 1
print(Über.wert, Über.__name__)
变量 = "chinese"
print(变量)
print("café".isidentifier(), "2x".isidentifier(), "_x".isidentifier())
