import _pkg
print(_pkg.PKG_CONST, _pkg.core_func(), _pkg.__name__)
print(_pkg.util_alias.helper())
import _pkg.core
print(_pkg.core.core_func())
from _pkg import util
print(util.helper(), util.__name__)
from _pkg.sub import SUB_CONST
print(SUB_CONST)
import _pkg.sub.leaf as leaf
print(leaf.LEAF, leaf.leaf_func())
print(hasattr(_pkg, "sub"), hasattr(_pkg.sub, "leaf"))
