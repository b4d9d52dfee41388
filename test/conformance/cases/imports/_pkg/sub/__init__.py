from .. import PKG_CONST
SUB_CONST = "sub sees " + PKG_CONST
