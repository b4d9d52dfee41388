import sys
print("True is the integer 1")
sys.exit(True)
