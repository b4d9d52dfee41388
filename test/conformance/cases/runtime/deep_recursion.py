# Recursion past the limit raises RecursionError (never a host stack overflow), and the
# interpreter keeps working afterwards.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(900))
sys.setrecursionlimit(5000)
print(count(4500))
try:
    count(10_000)
except RecursionError:
    print("still limited")
