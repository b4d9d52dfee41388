import time
before = time.monotonic()
print(time.sleep(0))
time.sleep(0.0)
after = time.monotonic()
print(after >= before)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
