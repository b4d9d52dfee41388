// PyCode: an executable code object, materialised from the compiler's CodeUnit.
// `code` is mutable only by monitoring/instrument.ts (INSTRUMENTED_ rewrites) and, once at
// creation, by vm/cachetable.ts (inline-cache entry numbers); the exception table
// is a flat Int32Array of (start, end, target, depth, lasti) records.
import { Value, NONE, TRUE, FALSE, ELLIPSIS, fromObj, fromFloat } from "./value";
import { T } from "./type";
import { PyStr, intern, strValue } from "./str";
import { PyTuple, emptyTuple } from "./tuple";
import { CodeUnit, ConstValue, ConstTag, FastKind, CoFlag } from "../compiler/unit";
import { intFromDigits } from "./int";
import { newComplex } from "./complex";
import { newBytes } from "./bytes";
import { newFrozenSetFromTuple } from "./set";
import { newCacheTable } from "../vm/cachetable";

export class PyCode extends PyObject {
  code: StaticArray<u16>;
  caches: StaticArray<u8>; // inline-cache entries of LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR (vm/cachetable.ts)
  consts: ValueArray = new ValueArray();
  names: Array<PyStr> = [];
  localsplusNames: Array<PyStr> = [];
  localsplusKinds: StaticArray<u8> = changetype<StaticArray<u8>>(0);
  nlocalsplus: i32;
  nlocals: i32 = 0; // slots of kind LOCAL (argument slots first)
  ncells: i32 = 0;
  nfrees: i32 = 0;
  argcount: i32;
  posonlyargcount: i32;
  kwonlyargcount: i32;
  flags: i32;
  // Derived from the flags and counts when the code object is made, for calls (vm/call.ts,
  // vm/eval.ts CALL): whether a call makes a generator, coroutine or async generator instead
  // of running the body, and the one argument count that binds in place (exactly that many
  // positional arguments, no *args, **kwargs or keyword-only parameters; -1 when none does).
  isGenerator: bool;
  plainArgcount: i32;
  stacksize: i32;
  name: PyStr = changetype<PyStr>(0);
  qualname: PyStr = changetype<PyStr>(0);
  filename: PyStr = changetype<PyStr>(0);
  firstlineno: i32;
  lines: Int32Array = changetype<Int32Array>(0);
  endLines: Int32Array = changetype<Int32Array>(0);
  cols: Int32Array = changetype<Int32Array>(0);
  endCols: Int32Array = changetype<Int32Array>(0);
  exceptionTable: Int32Array = changetype<Int32Array>(0);
  // Monitoring (filled in by the monitoring issue): the interpreter version this code was
  // instrumented for, and its lazily allocated side tables.
  instrumentationVersion: u32 = 0;
  monitoring: PyObject | null = null;

  constructor(u: CodeUnit) {
    super();
    this.cls = T.code;
    const n = u.code.length;
    const code = new StaticArray<u16>(n);
    for (let i = 0; i < n; i++) unchecked((code[i] = u.code[i]));
    this.code = code;
    this.caches = newCacheTable(code);
    this.nlocalsplus = u.localsplusNames.length;
    this.localsplusKinds = new StaticArray<u8>(this.nlocalsplus);
    for (let i = 0; i < this.nlocalsplus; i++) {
      this.localsplusNames.push(intern(u.localsplusNames[i]));
      const k = u.localsplusKinds[i];
      unchecked((this.localsplusKinds[i] = k));
      if (k & FastKind.LOCAL) this.nlocals++;
      if (k & FastKind.CELL) this.ncells++;
      if (k & FastKind.FREE) this.nfrees++;
    }
    for (let i = 0; i < u.names.length; i++) this.names.push(intern(u.names[i]));
    this.argcount = u.argcount;
    this.posonlyargcount = u.posonlyargcount;
    this.kwonlyargcount = u.kwonlyargcount;
    this.flags = u.flags;
    this.isGenerator = (u.flags & (CoFlag.GENERATOR | CoFlag.COROUTINE | CoFlag.ASYNC_GENERATOR)) != 0;
    this.plainArgcount = (u.flags & (CoFlag.VARARGS | CoFlag.VARKEYWORDS)) == 0 && u.kwonlyargcount == 0 ? u.argcount : -1;
    this.stacksize = u.stacksize;
    this.name = intern(u.name);
    this.qualname = intern(u.qualname);
    this.filename = intern(u.filename);
    this.firstlineno = u.firstlineno;
    this.lines = toInt32(u.lines);
    this.endLines = toInt32(u.endLines);
    this.cols = toInt32(u.cols);
    this.endCols = toInt32(u.endCols);
    const et = u.exceptionTable;
    this.exceptionTable = new Int32Array(et.length * 5);
    for (let i = 0; i < et.length; i++) {
      const e = et[i];
      this.exceptionTable[i * 5] = e.start;
      this.exceptionTable[i * 5 + 1] = e.end;
      this.exceptionTable[i * 5 + 2] = e.target;
      this.exceptionTable[i * 5 + 3] = e.depth;
      this.exceptionTable[i * 5 + 4] = e.lasti ? 1 : 0;
    }
    for (let i = 0; i < u.consts.length; i++) this.consts.push(materializeConst(u.consts[i]));
  }

  // Source line of the instruction at code unit `i` (-1 when it has none).
  lineAt(i: i32): i32 {
    if (i < 0 || i >= this.lines.length) return -1;
    return unchecked(this.lines[i]);
  }

  // The handler for an exception raised at code unit `i`: index of the table record, or -1.
  // Records are in code order and non-overlapping (innermost ranges split outer ones).
  handlerAt(i: i32): i32 {
    const t = this.exceptionTable;
    for (let r = 0, n = t.length; r < n; r += 5) {
      if (i >= unchecked(t[r]) && i < unchecked(t[r + 1])) return r;
    }
    return -1;
  }
}

function toInt32(a: Array<i32>): Int32Array {
  const out = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) unchecked((out[i] = a[i]));
  return out;
}

export function materializeConst(c: ConstValue): Value {
  switch (c.tag) {
    case ConstTag.None:
      return NONE;
    case ConstTag.True:
      return TRUE;
    case ConstTag.False:
      return FALSE;
    case ConstTag.Ellipsis:
      return ELLIPSIS;
    case ConstTag.Int:
      return intFromDigits(c.text, c.base);
    case ConstTag.Float:
      return fromFloat(c.num);
    case ConstTag.Complex:
      return newComplex(c.re, c.num);
    case ConstTag.Str:
      return fromObj(intern(c.text));
    case ConstTag.Bytes: {
      const b = c.bytes!;
      return newBytes(b);
    }
    case ConstTag.Tuple:
    case ConstTag.FrozenSet: {
      const items = c.items!;
      if (items.length == 0 && c.tag == ConstTag.Tuple) return fromObj(emptyTuple());
      const t = new PyTuple(items.length);
      for (let i = 0; i < items.length; i++) t.set(i, materializeConst(items[i]));
      if (c.tag == ConstTag.FrozenSet) return newFrozenSetFromTuple(t);
      return fromObj(t);
    }
    case ConstTag.Code:
      return fromObj(new PyCode(c.code!));
  }
  return strValue("?");
}
