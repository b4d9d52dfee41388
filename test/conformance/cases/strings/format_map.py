print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known="yes")))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print("{0}".format_map({0: "int key"}) if False else "{x[0]}".format_map({"x": [9]}))
