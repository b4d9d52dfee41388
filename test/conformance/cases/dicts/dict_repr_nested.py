d = {"list": [1, {"inner": (2, 3)}], 5: {6: {7: None}}, "q'uote": 'd"q'}
print(d)
print(str(d) == repr(d), len(d))
d["self"] = d
print(d)
print({"a": 1}.__repr__(), repr({}), str(dict()))
