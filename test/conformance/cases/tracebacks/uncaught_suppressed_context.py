try:
    {}["key"]
except KeyError:
    print("translating KeyError")
    raise LookupError("not found") from None
