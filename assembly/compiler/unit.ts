// The compiler's output: a code unit, independent of the object model.
// compile.ts produces a tree of CodeUnits (nested code objects are constants); the runtime
// turns it into PyCode objects (objects/code.ts materialises constants as values).
// Offsets, jump arguments and the exception table count 16-bit code units, caches included.

// Flags of co_flags, numbered as CPython's Include/cpython/code.h.
export const enum CoFlag {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,
}

// Kinds of localsplus slots (CPython's CO_FAST_*).
export const enum FastKind {
  HIDDEN = 0x10, // PEP 709: a comprehension-local hidden from locals()
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}

export const enum ConstTag {
  None,
  True,
  False,
  Ellipsis,
  Int, // text = digits in `base`; the compiler emits base 10, with a leading '-' when negative (folded -1)
  Float, // num
  Complex, // num = imaginary part, re = real part (non-zero only for folded constants like 1+2j)
  Str, // text
  Bytes, // bytes
  Tuple, // items
  FrozenSet, // items
  Code, // code
}

export class ConstValue {
  text: string = "";
  base: i32 = 10;
  num: f64 = 0;
  re: f64 = 0; // real part of a Complex
  bytes: Array<u8> | null = null;
  items: Array<ConstValue> | null = null;
  code: CodeUnit | null = null;
  constructor(public tag: ConstTag) {}
}

export class ExceptionTableEntry {
  constructor(
    public start: i32, // first covered code unit
    public end: i32, // one past the last covered code unit
    public target: i32, // handler code unit
    public depth: i32, // stack depth to restore before pushing the exception
    public lasti: bool, // also push the offset of the raising instruction
  ) {}
}

export class CodeUnit {
  code: Array<u16> = []; // (oparg << 8) | opcode, EXTENDED_ARG prefixes, cache units
  consts: Array<ConstValue> = [];
  names: Array<string> = [];
  localsplusNames: Array<string> = [];
  localsplusKinds: Array<u8> = []; // FastKind bits per slot
  argcount: i32 = 0;
  posonlyargcount: i32 = 0;
  kwonlyargcount: i32 = 0;
  flags: i32 = 0;
  stacksize: i32 = 0;
  name: string = "";
  qualname: string = "";
  filename: string = "";
  firstlineno: i32 = 1;
  // Source span of every code unit (caches repeat their instruction's span); -1 = none.
  lines: Array<i32> = [];
  endLines: Array<i32> = [];
  cols: Array<i32> = [];
  endCols: Array<i32> = [];
  exceptionTable: Array<ExceptionTableEntry> = [];
}
