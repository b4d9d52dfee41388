import _lazy_attrs
print(_lazy_attrs.real)
print(_lazy_attrs.computed_thing)
try:
    _lazy_attrs.forbidden
except AttributeError as e:
    print(type(e).__name__, e)
from _lazy_attrs import dynamic_name
print(dynamic_name)
