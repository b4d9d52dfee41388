import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__)
print("recovered", sys.getrecursionlimit())
