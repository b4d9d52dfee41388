try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
print(list.__hash__ is None)
