// Operator codes shared by the parser (AST), the compiler (opargs) and the runtime
// (dispatch of the number protocol). Values are CPython 3.12's NB_* / COMPARE_OP
// numbering so that BINARY_OP's oparg means the same thing as in CPython's `dis`.

// BINARY_OP oparg: NB_* in CPython's Include/internal/pycore_opcode_utils.h order.
// In-place variants are the plain code + BinOp.INPLACE.
export const enum BinOp {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE = 13,
  COUNT = 26,
}

// COMPARE_OP oparg for the six rich comparisons (Py_LT..Py_GE order).
export const enum CmpOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
  // Not rich comparisons: compiled to IS_OP / CONTAINS_OP, kept here so the AST has one enum.
  IS = 6,
  IS_NOT = 7,
  IN = 8,
  NOT_IN = 9,
}

// The rich comparison with its operands swapped (a < b is b > a), as the reflected method
// of the right operand is tried.
export function swappedCmp(op: i32): i32 {
  switch (op) {
    case CmpOp.LT: return CmpOp.GT;
    case CmpOp.LE: return CmpOp.GE;
    case CmpOp.GT: return CmpOp.LT;
    case CmpOp.GE: return CmpOp.LE;
  }
  return op;
}

export const enum UnaryOp {
  INVERT = 0,
  NOT = 1,
  UADD = 2,
  USUB = 3,
}

export const enum BoolOpKind {
  AND = 0,
  OR = 1,
}
