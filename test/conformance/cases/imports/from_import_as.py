from _helper_mod import VALUE, greet as hello, Thing as T
print(VALUE, hello("x"), T.kind)
from _helper_mod import (
    VALUE as V,
    bump,
)
print(V, bump(), bump())
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
