import sys
print("sys.exit(None) is success")
sys.exit(None)
