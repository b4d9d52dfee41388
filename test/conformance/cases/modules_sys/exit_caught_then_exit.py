import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print("now exiting for real")
sys.exit(7)
