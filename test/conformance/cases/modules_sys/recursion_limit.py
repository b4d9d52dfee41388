import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
def measure(n=0):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
print(measure() < 200)
sys.setrecursionlimit(1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
