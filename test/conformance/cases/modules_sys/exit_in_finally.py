import sys
try:
    print("in try")
    sys.exit(4)
finally:
    print("finally still runs")
