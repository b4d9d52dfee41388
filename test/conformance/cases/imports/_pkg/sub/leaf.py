from ..core import core_func
from . import SUB_CONST
from .. import util
LEAF = "leaf: " + SUB_CONST
def leaf_func():
    return util.helper() + " via " + __name__
