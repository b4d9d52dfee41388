# Recursion through builtins (repr, getattr) raises RecursionError instead of exhausting the host stack.
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("RecursionError", e)
class B:
    def __getattr__(self, n):
        return getattr(self, n)
try:
    B().x
except RecursionError as e:
    print("RecursionError", e)
print(sorted([3,1,2], key=lambda x: x))
