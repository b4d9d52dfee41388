import sys
try:
    import _broken_mod
except ValueError as e:
    print("import raised", type(e).__name__, e)
print("_broken_mod" in sys.modules)
try:
    import _broken_mod
except ValueError as e:
    print("second import runs the body again:", e)
