class Meters(float):
    def __repr__(self):
        return f"Meters({float(self)})"
    def __add__(self, other):
        return Meters(float(self) + float(other))
m = Meters(1.5)
print(m, repr(m), m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__)
print(isinstance(m, float), m * 2, m.is_integer(), Meters("2.5"))
