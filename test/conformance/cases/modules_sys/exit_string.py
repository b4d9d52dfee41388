import sys
print("exit with a message goes to stderr, status 1")
sys.exit("fatal: something went wrong")
