print("initialising _pkg")
PKG_CONST = "package constant"
from .core import core_func
from . import util as util_alias
