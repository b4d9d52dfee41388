// Callables and their helpers: Python functions, builtin functions, bound methods, cells,
// and the descriptor wrappers property / classmethod / staticmethod.
import { Value, NULL, NONE } from "./value";
import { T, PyType } from "./type";
import { PyCode } from "./code";
import { PyDict } from "./dict";
import { PyStr, intern } from "./str";
import { PyTuple } from "./tuple";

// A builtin's calling convention (vectorcall-like, design.md §4): `args` points at `nargs`
// value words (for a method the first is self), `kwnames` names the last kwnames.length of
// them as keywords. Returns a value or ERR.
export type NativeFn = (args: usize, nargs: i32, kwnames: PyTuple | null) => Value;

export class PyFunction extends PyObject {
  defaults: Value = NULL; // tuple or NULL
  kwdefaults: Value = NULL; // dict or NULL
  closure: Value = NULL; // tuple of cells or NULL
  annotations: Value = NULL;
  doc: Value = NONE;
  module: Value = NONE;
  code: PyCode;
  globals: PyDict;
  builtins: PyDict;
  name: PyStr;
  qualname: PyStr;

  constructor(code: PyCode, globals: PyDict, builtins: PyDict) {
    super();
    this.cls = T.function;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = code.qualname;
    this.gcVals = (<u32>offsetof<PyFunction>("defaults") << 16) | 6;
  }
}

export const enum BuiltinFlag {
  METHOD = 1, // a method descriptor: binds self when looked up on an instance
  CLASSMETHOD = 2, // binds the class (dict.fromkeys, int.from_bytes, ...)
  STATIC = 4, // plain function stored in a type dict (str.maketrans)
}

export class PyBuiltin extends PyObject {
  self: Value = NULL; // the module or bound object, NULL for a plain function
  fn: NativeFn;
  name: PyStr;
  owner: PyType | null; // the type a method belongs to
  flags: i32;

  constructor(name: string, fn: NativeFn, owner: PyType | null, flags: i32) {
    super();
    this.cls = T.builtin;
    this.name = intern(name);
    this.fn = fn;
    this.owner = owner;
    this.flags = flags;
    this.gcVals = (<u32>offsetof<PyBuiltin>("self") << 16) | 1;
  }
}

// A function bound to an instance (or a builtin method bound to its self).
export class PyMethod extends PyObject {
  func: Value;
  self: Value;

  constructor(func: Value, self: Value) {
    super();
    this.cls = T.method;
    this.func = func;
    this.self = self;
    this.gcVals = (<u32>offsetof<PyMethod>("func") << 16) | 2;
  }
}

export class PyCell extends PyObject {
  value: Value;

  constructor(v: Value) {
    super();
    this.cls = T.cell;
    this.value = v;
    this.gcVals = (<u32>offsetof<PyCell>("value") << 16) | 1;
  }
}

export class PyProperty extends PyObject {
  fget: Value = NONE;
  fset: Value = NONE;
  fdel: Value = NONE;
  doc: Value = NONE;
  name: Value = NONE;

  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.gcVals = (<u32>offsetof<PyProperty>("fget") << 16) | 5;
  }
}

// classmethod and staticmethod: wrap one callable.
export class PyWrapper extends PyObject {
  func: Value;

  constructor(cls: PyType, func: Value) {
    super();
    this.cls = cls;
    this.func = func;
    this.gcVals = (<u32>offsetof<PyWrapper>("func") << 16) | 1;
  }
}

// A module: its namespace is the object's dict.
export class PyModule extends PyObject {
  constructor(dict: PyDict) {
    super();
    this.cls = T.module;
    this.dict = dict;
  }

  // @ts-ignore: decorator
  @inline get mdict(): PyDict {
    return changetype<PyDict>(this.dict);
  }
}
