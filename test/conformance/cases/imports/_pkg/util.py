from .core import core_func
from . import core as core_mod
def helper():
    return "util.helper uses " + core_func() + " / " + core_mod.__name__
