print([1, "two", 3.0, None, True, [4], (5,), {6: 7}, {8}])
print(str(["a'b", 'c"d', "e\nf"]))
print(repr([]), repr([[]]), repr([[], [[]]]))
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
print([R()], str([R()]), R())
