def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t("") or t([]) or t(None))
print(t(1) and t(0) or t(6))
print(not t(0) and t(7))
print([] or "default", 0 and 1/0, "x" and "y", None or 0)
print(1 or 1/0, 0 and undefined_name)
