import _helper_mod
print(_helper_mod.VALUE, _helper_mod.greet("you"), _helper_mod.Thing.kind)
print(_helper_mod.__name__, _helper_mod.__doc__)
print(type(_helper_mod).__name__)
import _helper_mod as hm
print(hm is _helper_mod, hm.VALUE)
