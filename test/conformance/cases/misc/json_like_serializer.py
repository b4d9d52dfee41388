def dumps(obj, indent=0):
    pad = "  " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"':
                out += '\\"'
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) > 126:
                out += "\\u%04x" % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = ",\n".join(pad + "  " + dumps(v, indent + 1) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(pad + "  " + dumps(str(k)) + ": " + dumps(v, indent + 1) for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
data = {"name": "Zoë", "tags": ["a", "b\"q"], "n": 3, "pi": 3.14, "ok": True, "none": None, "nested": {"empty": [], "e2": {}}}
print(dumps(data))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
