class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m), format(m, "short"))
print("{:short}".format(m))
class NoFormat:
    pass
try:
    f"{NoFormat():x}"
except TypeError as e:
    print(type(e).__name__, e)
print(format(3, ""), format("s", ""), format(None, ""))
