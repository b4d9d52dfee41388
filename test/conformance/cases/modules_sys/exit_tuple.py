import sys
print("non-int, non-None code is printed to stderr; status 1")
sys.exit((1, 2))
