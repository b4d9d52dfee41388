import sys
print("no argument")
sys.exit()
