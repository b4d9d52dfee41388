// The builtin functions beyond the core set of runtime/builtins.ts: min max sum sorted any all
// round divmod pow chr ord bin oct hex dir vars locals exec eval compile open input breakpoint
// aiter anext exit quit, plus object/type/module.__dir__ (what dir() calls) and the read-only
// file objects that open() returns. initBuiltinFunctions registers them into the builtins
// module; sorted() and dir() sort with list.sort's implementation (methods/list.ts listSort).
//
// Every function follows CPython 3.12.1 (Python/bltinmodule.c, Modules/_io): argument
// checks in the same order, the same messages, the same protocol calls (min/max compare
// with `>`/`<` through richCompare, sum keeps CPython's int/float fast paths with Neumaier
// compensation for floats, round() dispatches through __round__, dir() through __dir__).
// Functions that read "the caller" (locals, vars, dir, exec, eval) use chain.top: natives do
// not push frames, so the top frame is the Python code that called the builtin.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, isSmallInt, smallOf, fromSmall, isFloat, floatOf, fromFloat,
  fromObj, objOf, isPtr, fromBool,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, intern, newStr, strValue } from "../objects/str";
import { PyTuple, PyList } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyBytes, bytesFromMemory } from "../objects/bytes";
import { PyCode } from "../objects/code";
import { PyBuiltin, PyCell, PyModule, PyProperty, NativeFn } from "../objects/function";
import { PyBaseException, E } from "../objects/exceptions";
import {
  isIntValue, isExactInt, intFitsI64, intToI64, intFromI64, asIntValue, intSign, intToString,
} from "../objects/int";
import { makeType, defMethod, defAttr } from "../objects/typeinit";
import { BinOp, CmpOp } from "../common/operators";
import { CoFlag, FastKind } from "../compiler/unit";
import { ParseMode } from "../parser/core";
import { ts } from "./state";
import { N } from "./names";
import { raise, raiseValue, raiseNoArgs, raiseWith, typeError, typeName, errorMatches, clearError } from "./errors";
import { Args, parseArgs, noKeywords, checkPositional } from "./args";
import {
  getAttr, isTrue, index, binaryOp, richCompare, getIter, iterNext, callFound0,
  callMethod0, callMethod1, str,
} from "./abstract";
import { listExtend, listExtendRooted } from "./collections";
import { listSort } from "./methods/list";
import { roundValue, divmodValues, powValues } from "./methods/number";
import { charString, iterNextRooted } from "./iter";
import { compileSource, execCode } from "./exec";
import { defFunction, writeTo } from "./builtins";
import { sysStream } from "../modules/sys";
import { readHostBytes } from "../host/files";
import { call0, call1, callArgsKw, openRoots, closeRoots } from "../vm/call";
import { Frame, chain, frameLocal } from "../vm/frame";

// @ts-ignore: decorator
@inline function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

function keywordCount(kwnames: PyTuple | null): i32 {
  return kwnames !== null ? kwnames.length : 0;
}

function keywordName(kwnames: PyTuple | null, k: i32): string {
  return changetype<PyStr>(objOf(kwnames!.get(k))).s;
}

// Argument Clinic reports a missing required parameter before any unknown keyword (parseArgs
// checks in the other order), so the functions with keyword parameters check this first.
function checkRequired(fname: string, names: Array<string>, required: i32, nargs: i32, kwnames: PyTuple | null): bool {
  const nkw = keywordCount(kwnames);
  for (let i = nargs - nkw; i < required; i++) {
    let given = false;
    for (let k = 0; k < nkw; k++) if (keywordName(kwnames, k) == names[i]) given = true;
    if (!given) {
      typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1).toString() + ")");
      return false;
    }
  }
  return true;
}

function isStr(v: Value): bool {
  return isPtr(v) && typeOf(v).kind == Kind.STR;
}

function strOfValue(v: Value): string {
  return changetype<PyStr>(objOf(v)).s;
}

function isDict(v: Value): bool {
  return isPtr(v) && typeOf(v).kind == Kind.DICT;
}

// PyMapping_Check: anything subscriptable (lists and tuples count, as in CPython).
function isMapping(v: Value): bool {
  if (!isPtr(v)) return false;
  const t = typeOf(v);
  const k = t.kind;
  if (k == Kind.DICT || k == Kind.LIST || k == Kind.TUPLE || k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY || k == Kind.RANGE || k == Kind.MAPPING_PROXY) return true;
  return t.lookup(N.__getitem__) != NULL;
}

// PyObject_RichCompareBool for the ordering operators (no identity shortcut): 1, 0 or -1.
function compareBool(a: Value, b: Value, op: i32): i32 {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = smallOf(a);
    const y = smallOf(b);
    return (op == CmpOp.GT ? x > y : x < y) ? 1 : 0;
  }
  if (isFloat(a) && isFloat(b)) {
    const x = floatOf(a);
    const y = floatOf(b);
    return (op == CmpOp.GT ? x > y : x < y) ? 1 : 0;
  }
  const r = richCompare(a, b, op);
  if (r == ERR) return -1;
  if (r == TRUE) return 1;
  if (r == FALSE) return 0;
  return isTrue(r);
}

// ---- min / max ----

function minMax(args: usize, nargs: i32, kwnames: PyTuple | null, isMax: bool): Value {
  const fname = isMax ? "max" : "min";
  const nkw = keywordCount(kwnames);
  const npos = nargs - nkw;
  if (npos == 0) return typeError(fname + " expected at least 1 argument, got 0");
  let key: Value = NONE;
  let fallback: Value = NULL;
  for (let k = 0; k < nkw; k++) {
    const name = keywordName(kwnames, k);
    const v = arg(args, npos + k);
    if (name == "key") key = v;
    else if (name == "default") fallback = v;
    else return typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
  }
  if (npos > 1 && fallback != NULL) {
    return typeError("Cannot specify a default for " + fname + "() with multiple positional arguments");
  }
  let it: Value = NULL;
  if (npos == 1) {
    it = getIter(arg(args, 0));
    if (it == ERR) return ERR;
  }
  // the iterator and the best item and key so far stay rooted while a generator runs
  const roots = openRoots(3);
  if (roots == 0) return ERR;
  store<u64>(roots, it);
  const r = minMaxItems(fname, args, npos, it, key, fallback, isMax, roots + 8);
  closeRoots(roots);
  return r;
}

function minMaxItems(fname: string, args: usize, npos: i32, it: Value, key: Value, fallback: Value, isMax: bool, best: usize): Value {
  const op = isMax ? CmpOp.GT : CmpOp.LT;
  let bestItem: Value = NULL;
  let bestKey: Value = NULL;
  let i = 0;
  while (true) {
    let item: Value;
    if (it != NULL) {
      if (bestKey != NULL) {
        store<u64>(best, bestItem);
        store<u64>(best + 8, bestKey);
      }
      item = iterNextRooted(it);
      if (item == ERR) return ERR;
      if (item == NULL) break;
    } else {
      if (i >= npos) break;
      item = arg(args, i++);
    }
    let k = item;
    if (key != NONE) {
      k = call1(key, item);
      if (k == ERR) return ERR;
    }
    if (bestKey == NULL) {
      bestItem = item;
      bestKey = k;
      continue;
    }
    const c = compareBool(k, bestKey, op);
    if (c < 0) return ERR;
    if (c > 0) {
      bestItem = item;
      bestKey = k;
    }
  }
  if (bestKey == NULL) {
    if (fallback != NULL) return fallback;
    return raise(E.ValueError, fname + "() iterable argument is empty");
  }
  return bestItem;
}

function b_max(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return minMax(args, nargs, kwnames, true);
}

function b_min(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return minMax(args, nargs, kwnames, false);
}

// ---- sum ----

const B_SUM_PARAMS = ["iterable", "start"];

// sum(iterable, /, start=0), with CPython's three phases: exact ints summed in an i64 while
// they fit, then exact floats summed with Neumaier compensation (ints that fit a C long are
// added uncompensated), then the generic `+` for whatever remains.
function b_sum(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs - keywordCount(kwnames) == 0) return typeError("sum() takes at least 1 positional argument (0 given)");
  const a = new Args(2);
  if (!parseArgs("sum", args, nargs, kwnames, B_SUM_PARAMS, 1, 1, 2, a)) return ERR;
  const it = getIter(a.get(0));
  if (it == ERR) return ERR;
  let result: Value = fromSmall(0);
  if (a.has(1)) {
    result = a.get(1);
    const k = typeOf(result).kind;
    if (k == Kind.STR) return typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (k == Kind.BYTES) return typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (k == Kind.BYTEARRAY) return typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  // the iterator and the running total stay rooted while a generator runs (sumItems)
  const roots = openRoots(2);
  if (roots == 0) return ERR;
  store<u64>(roots, it);
  const r = sumItems(it, result, roots + 8);
  closeRoots(roots);
  return r;
}

function sumItems(it: Value, result: Value, resultRoot: usize): Value {
  if (isExactInt(result) && intFitsI64(result)) {
    let acc = intToI64(result);
    while (true) {
      const item = iterNextRooted(it);
      if (item == ERR) return ERR;
      if (item == NULL) return intFromI64(acc);
      if ((isExactInt(item) || item == TRUE || item == FALSE) && intFitsI64(item)) {
        const b = intToI64(item);
        const x = acc + b;
        if (((x ^ acc) & (x ^ b)) >= 0) {
          acc = x;
          continue;
        }
      }
      result = binaryOp(intFromI64(acc), item, BinOp.ADD);
      if (result == ERR) return ERR;
      break;
    }
  }
  if (isFloat(result)) {
    let f = floatOf(result);
    let c: f64 = 0;
    while (true) {
      const item = iterNextRooted(it);
      if (item == ERR) return ERR;
      if (item == NULL) {
        // keep the sign of a -0.0 total and never turn an overflowed sum into a NaN
        if (c != 0 && isFinite(c)) f += c;
        return fromFloat(f);
      }
      if (isFloat(item)) {
        const x = floatOf(item);
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
        else c += (x - t) + f;
        f = t;
        continue;
      }
      if (isIntValue(item) && intFitsI64(item)) {
        f += <f64>intToI64(item);
        continue;
      }
      if (c != 0 && isFinite(c)) f += c;
      result = binaryOp(fromFloat(f), item, BinOp.ADD);
      if (result == ERR) return ERR;
      break;
    }
  }
  while (true) {
    store<u64>(resultRoot, result);
    const item = iterNextRooted(it);
    if (item == ERR) return ERR;
    if (item == NULL) return result;
    result = binaryOp(result, item, BinOp.ADD);
    if (result == ERR) return ERR;
  }
}

// ---- sorted / any / all ----

function b_sorted(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = keywordCount(kwnames);
  const npos = nargs - nkw;
  if (npos != 1) return typeError("sorted expected 1 argument, got " + npos.toString());
  const l = new PyList();
  if (listExtendRooted(l, arg(args, 0)) < 0) return ERR;
  let key: Value = NONE;
  let reverse = false;
  // the keywords go to list.sort, whose name the messages carry
  for (let k = 0; k < nkw; k++) {
    const name = keywordName(kwnames, k);
    const v = arg(args, npos + k);
    if (name == "key") key = v;
    else if (name == "reverse") {
      const r = isTrue(v);
      if (r < 0) return ERR;
      reverse = r != 0;
    } else return typeError("'" + name + "' is an invalid keyword argument for sort()");
  }
  if (listSort(l, key, reverse) < 0) return ERR;
  return fromObj(l);
}

function anyAll(fname: string, args: usize, nargs: i32, kwnames: PyTuple | null, isAll: bool): Value {
  if (!noKeywords(fname, kwnames) || !checkPositional(fname, nargs, 1, 1)) return ERR;
  const it = getIter(arg(args, 0));
  if (it == ERR) return ERR;
  const roots = openRoots(1);
  if (roots == 0) return ERR;
  store<u64>(roots, it);
  const r = anyAllItems(it, isAll);
  closeRoots(roots);
  return r;
}

function anyAllItems(it: Value, isAll: bool): Value {
  while (true) {
    const item = iterNextRooted(it);
    if (item == ERR) return ERR;
    if (item == NULL) return fromBool(isAll);
    const t = isTrue(item);
    if (t < 0) return ERR;
    if ((t != 0) != isAll) return fromBool(!isAll);
  }
}

function b_any(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return anyAll("any", args, nargs, kwnames, false);
}

function b_all(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return anyAll("all", args, nargs, kwnames, true);
}

// ---- round / divmod / pow (the arithmetic lives with the number methods) ----

function b_round(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const names = ["number", "ndigits"];
  const a = new Args(2);
  if (!checkRequired("round", names, 1, nargs, kwnames) || !parseArgs("round", args, nargs, kwnames, names, 1, 0, 2, a)) return ERR;
  return roundValue(a.get(0), a.has(1) ? a.get(1) : NONE);
}

function b_divmod(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("divmod", kwnames) || !checkPositional("divmod", nargs, 2, 2)) return ERR;
  return divmodValues(arg(args, 0), arg(args, 1));
}

function b_pow(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const names = ["base", "exp", "mod"];
  const a = new Args(3);
  if (!checkRequired("pow", names, 2, nargs, kwnames) || !parseArgs("pow", args, nargs, kwnames, names, 2, 0, 3, a)) return ERR;
  return powValues(a.get(0), a.get(1), a.has(2) ? a.get(2) : NONE);
}

// ---- chr / ord / bin / oct / hex ----

function b_chr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("chr", kwnames) || !checkPositional("chr", nargs, 1, 1)) return ERR;
  const v = index(arg(args, 0));
  if (v == ERR) return ERR;
  if (!intFitsI64(v)) return raise(E.OverflowError, "Python int too large to convert to C int");
  const c = intToI64(v);
  if (c < -0x8000_0000 || c > 0x7fff_ffff) return raise(E.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10ffff) return raise(E.ValueError, "chr() arg not in range(0x110000)");
  if (c < 256) return fromObj(charString(<i32>c));
  return fromObj(newStr(String.fromCodePoint(<i32>c)));
}

function b_ord(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("ord", kwnames) || !checkPositional("ord", nargs, 1, 1)) return ERR;
  const v = arg(args, 0);
  const t = typeOf(v);
  let n = 0;
  if (t.kind == Kind.STR) {
    const s = changetype<PyStr>(objOf(v));
    n = s.length;
    if (n == 1) return fromSmall(<i64>s.codePointAt(0));
  } else if (t.kind == Kind.BYTES || t.kind == Kind.BYTEARRAY) {
    const b = changetype<PyBytes>(objOf(v));
    n = b.length;
    if (n == 1) return fromSmall(<i64>b.at(0));
  } else {
    return typeError("ord() expected string of length 1, but " + t.name + " found");
  }
  return typeError("ord() expected a character, but string of length " + n.toString() + " found");
}

function prefixedInt(fname: string, args: usize, nargs: i32, kwnames: PyTuple | null, radix: i32, prefix: string): Value {
  if (!noKeywords(fname, kwnames) || !checkPositional(fname, nargs, 1, 1)) return ERR;
  const v = index(arg(args, 0));
  if (v == ERR) return ERR;
  const s = intToString(asIntValue(v), radix);
  if (s.startsWith("-")) return strValue("-" + prefix + s.substring(1));
  return strValue(prefix + s);
}

function b_bin(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return prefixedInt("bin", args, nargs, kwnames, 2, "0b");
}

function b_oct(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return prefixedInt("oct", args, nargs, kwnames, 8, "0o");
}

function b_hex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return prefixedInt("hex", args, nargs, kwnames, 16, "0x");
}

// ---- locals / vars / dir ----

// The locals of frame f as CPython 3.12's _PyFrame_GetLocals(frame, include_hidden=1) builds
// them. Module and class bodies answer their namespace dict; a function frame gets one dict
// of its own (kept in f.locals, which function code never reads by name, like CPython's
// f_locals) that every call refreshes from the fast locals: bound ones are stored, cells read
// through, unbound ones deleted, so earlier results see later updates as in 3.12. Free
// variables of unoptimized code (class bodies) are left out; bound PEP 709 comprehension
// variables come last, in a copy so the namespace is not polluted with them.
export function frameLocals(f: Frame): PyDict {
  const code = f.code;
  const kinds = code.localsplusKinds;
  const names = code.localsplusNames;
  const n = code.nlocalsplus;
  const optimized = (code.flags & CoFlag.OPTIMIZED) != 0;
  let d = f.locals;
  if (d === null) {
    d = new PyDict();
    f.locals = d;
  }
  let hidden: PyDict | null = null;
  for (let i = 0; i < n; i++) {
    const kind = <i32>unchecked(kinds[i]);
    if ((kind & FastKind.FREE) != 0 && !optimized) continue;
    let v = frameLocal(f, i);
    if ((kind & (FastKind.CELL | FastKind.FREE)) != 0 && isPtr(v) && objOf(v) instanceof PyCell) {
      v = changetype<PyCell>(objOf(v)).value;
    }
    const name = unchecked(names[i]);
    if (kind & FastKind.HIDDEN) {
      if (v != NULL) {
        if (hidden === null) hidden = new PyDict();
        hidden.setStr(name, v);
      }
      continue;
    }
    if (v == NULL) {
      if (d.getStr(name) != NULL) d.delItem(fromObj(name));
      continue;
    }
    d.setStr(name, v);
  }
  if (hidden !== null) {
    d = copyDict(d);
    const h = hidden;
    for (let i = h.nextEntry(0); i >= 0; i = h.nextEntry(i + 1)) d.setStr(objOf(h.keyAt(i)), h.valueAt(i));
  }
  return d;
}

function copyDict(src: PyDict): PyDict {
  const d = new PyDict(src.used);
  for (let i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) d.insertNew(src.keyAt(i), src.hashAt(i), src.valueAt(i));
  return d;
}

function callerLocals(): Value {
  const f = chain.top;
  if (f === null) return raise(E.SystemError, "frame does not exist");
  return fromObj(frameLocals(f));
}

function b_locals(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("locals", kwnames) || !checkPositional("locals", nargs, 0, 0)) return ERR;
  return callerLocals();
}

function b_vars(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("vars", kwnames) || !checkPositional("vars", nargs, 0, 1)) return ERR;
  if (nargs == 0) return callerLocals();
  const r = getAttr(arg(args, 0), N.__dict__);
  if (r == ERR && errorMatches(E.AttributeError)) {
    clearError();
    return typeError("vars() argument must have __dict__ attribute");
  }
  return r;
}

function b_dir(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("dir", kwnames) || !checkPositional("dir", nargs, 0, 1)) return ERR;
  const l = new PyList();
  if (nargs == 0) {
    const f = chain.top;
    if (f !== null) {
      const d = frameLocals(f);
      for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) l.append(d.keyAt(i));
    }
  } else {
    const obj = arg(args, 0);
    const m = typeOf(obj).lookup(N.__dir__);
    if (m == NULL) return typeError("object does not provide __dir__");
    const r = callFound0(m, obj);
    if (r == ERR) return ERR;
    if (listExtend(l, r, false) < 0) return ERR;
  }
  if (listSort(l, NONE, false) < 0) return ERR;
  return fromObj(l);
}

// Names that CPython keeps in the dicts of `object` and `BaseException` as slot wrappers and
// getset descriptors; our types provide several of them without dict entries, so dir()
// adds them to stay faithful.
const OBJECT_DICT_NAMES =
  "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ " +
  "__hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ " +
  "__setattr__ __sizeof__ __str__ __subclasshook__";
const EXCEPTION_DICT_NAMES =
  "__cause__ __context__ __delattr__ __dict__ __doc__ __getattribute__ __init__ __new__ __reduce__ __repr__ " +
  "__setattr__ __setstate__ __str__ __suppress_context__ __traceback__ add_note args with_traceback";

function addNames(d: PyDict, names: string): void {
  const parts = names.split(" ");
  for (let i = 0; i < parts.length; i++) d.setStr(intern(parts[i]), NONE);
}

// Does some class after the first in t's MRO already give instances a __dict__ (resp. a
// __weakref__ slot)? Then t's own dict does not list it (CPython's type_new adds each once).
function inheritsInstanceSlot(t: PyType, weakref: bool): bool {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const b = mro[i];
    if (b.flags & TypeFlag.HEAP) {
      const own = b.tpDict.getStr(N.__slots__);
      if (own == NULL) return true;
      if (b.slotNames !== null && b.slotNames!.includes(weakref ? "__weakref__" : "__dict__")) return true;
    } else if (b.kind == Kind.EXCEPTION && !weakref) {
      return true;
    }
  }
  return false;
}

// The keys CPython would hold in t.__dict__: the real dict plus what type_new and the
// builtin layouts add implicitly.
function mergeTypeDictNames(d: PyDict, t: PyType): void {
  const td = t.tpDict;
  for (let i = td.nextEntry(0); i >= 0; i = td.nextEntry(i + 1)) d.setItem(td.keyAt(i), NONE);
  if (t === T.object) addNames(d, OBJECT_DICT_NAMES);
  else if (t === E.BaseException) addNames(d, EXCEPTION_DICT_NAMES);
  if (!(t.flags & TypeFlag.HEAP)) return;
  d.setStr(N.__module__, NONE);
  d.setStr(N.__doc__, NONE);
  if (td.getStr(N.__slots__) == NULL) {
    if (!inheritsInstanceSlot(t, false)) d.setStr(N.__dict__, NONE);
    const k = t.kind;
    const varSized = k == Kind.INT || k == Kind.BOOL || k == Kind.TUPLE || k == Kind.BYTES;
    if (!varSized && !inheritsInstanceSlot(t, true)) d.setStr(intern("__weakref__"), NONE);
  } else if (t.slotNames !== null) {
    const s = t.slotNames!;
    for (let i = 0; i < s.length; i++) d.setStr(intern(s[i]), NONE);
  }
}

// CPython's merge_class_dict: the class's names, then its bases' recursively.
function mergeClassNames(d: PyDict, t: PyType): void {
  mergeTypeDictNames(d, t);
  const bases = t.bases;
  for (let i = 0; i < bases.length; i++) mergeClassNames(d, bases[i]);
}

function keysList(d: PyDict): Value {
  const l = new PyList();
  for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) l.append(d.keyAt(i));
  return fromObj(l);
}

// object.__dir__: the instance __dict__ plus the attributes of its class and the bases.
function object_dir(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__dir__", nargs, 1, 1)) return ERR;
  const self = arg(args, 0);
  let d = new PyDict();
  const own = getAttr(self, N.__dict__);
  if (own == ERR) {
    if (!errorMatches(E.AttributeError)) return ERR;
    clearError();
  } else if (isDict(own)) {
    d = copyDict(changetype<PyDict>(objOf(own)));
  }
  const cls = getAttr(self, N.__class__);
  if (cls == ERR) {
    if (!errorMatches(E.AttributeError)) return ERR;
    clearError();
  } else if (isPtr(cls) && typeOf(cls).isMetatype()) {
    mergeClassNames(d, changetype<PyType>(objOf(cls)));
  }
  return keysList(d);
}

// type.__dir__: the class's attributes and its bases' (not the metaclass's).
function type_dir(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__dir__", nargs, 1, 1)) return ERR;
  const self = arg(args, 0);
  const d = new PyDict();
  if (isPtr(self) && typeOf(self).isMetatype()) mergeClassNames(d, changetype<PyType>(objOf(self)));
  return keysList(d);
}

// module.__dir__: the module's namespace, or its own __dir__ function when it defines one.
function module_dir(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__dir__", nargs, 1, 1)) return ERR;
  const self = arg(args, 0);
  if (!(isPtr(self) && objOf(self) instanceof PyModule)) return typeError("descriptor '__dir__' requires a 'module' object");
  const d = changetype<PyModule>(objOf(self)).mdict;
  const custom = d.getStr(N.__dir__);
  if (custom != NULL) return call0(custom);
  return keysList(d);
}

// ---- exec / eval / compile ----

// Where exec/eval run: explicit namespaces or the caller's.
class Namespaces {
  globals: PyDict | null = null;
  locals: PyDict | null = null;
}

// Fill ns from the (globals, locals) arguments, NONE meaning "not given"; false with an
// exception set. Non-dict mappings are accepted by CPython as locals; we need a dict.
function resolveNamespaces(globals: Value, locals: Value, ns: Namespaces): bool {
  let g = globals;
  let l = locals;
  if (g == NONE) {
    const f = chain.top;
    if (f === null) {
      raise(E.SystemError, "globals and locals cannot be NULL");
      return false;
    }
    g = fromObj(f.globals);
    if (l == NONE) l = fromObj(frameLocals(f));
  } else if (l == NONE) {
    l = g;
  }
  if (!isDict(l)) {
    typeError("locals must be a dict, not " + typeName(l) + " (other mappings are not supported)");
    return false;
  }
  ns.globals = changetype<PyDict>(objOf(g));
  ns.locals = changetype<PyDict>(objOf(l));
  return true;
}

function isCode(v: Value): bool {
  return isPtr(v) && objOf(v).cls === T.code;
}

// Source text of a str, bytes or bytearray argument; null when v is none of them.
function sourceText(v: Value): string | null {
  if (isStr(v)) return strOfValue(v);
  const k = typeOf(v).kind;
  if (isPtr(v) && (k == Kind.BYTES || k == Kind.BYTEARRAY)) {
    const b = changetype<PyBytes>(objOf(v));
    return String.UTF8.decodeUnsafe(b.ptr, <usize>b.length);
  }
  return null;
}

function checkNoNull(source: string): bool {
  if (source.indexOf("\u0000") >= 0) {
    raise(E.SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

function b_eval(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("eval", kwnames) || !checkPositional("eval", nargs, 1, 3)) return ERR;
  const source = arg(args, 0);
  const globals = nargs > 1 ? arg(args, 1) : NONE;
  const locals = nargs > 2 ? arg(args, 2) : NONE;
  if (locals != NONE && !isMapping(locals)) return typeError("locals must be a mapping");
  if (globals != NONE && !isDict(globals)) {
    return typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
  }
  const ns = new Namespaces();
  if (!resolveNamespaces(globals, locals, ns)) return ERR;
  let code: PyCode;
  if (isCode(source)) {
    code = changetype<PyCode>(objOf(source));
    if (code.nfrees > 0) return typeError("code object passed to eval() may not contain free variables");
  } else {
    const text = sourceText(source);
    if (text === null) return typeError("eval() arg 1 must be a string, bytes or code object");
    // eval() ignores leading spaces and tabs (but not other whitespace)
    let s = text;
    let start = 0;
    while (start < s.length && (s.charCodeAt(start) == 32 || s.charCodeAt(start) == 9)) start++;
    if (start > 0) s = s.substring(start);
    if (!checkNoNull(s)) return ERR;
    const c = compileSource(s, "<string>", ParseMode.Eval);
    if (c === null) return ERR;
    code = c;
  }
  return execCode(code, ns.globals!, ns.locals);
}

function b_exec(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = keywordCount(kwnames);
  const npos = nargs - nkw;
  let closure: Value = NONE;
  for (let k = 0; k < nkw; k++) {
    const name = keywordName(kwnames, k);
    if (name != "closure") return typeError("'" + name + "' is an invalid keyword argument for exec()");
    closure = arg(args, npos + k);
  }
  if (npos < 1) return typeError("exec() takes at least 1 positional argument (" + npos.toString() + " given)");
  if (npos > 3) return typeError("exec() takes at most 3 positional arguments (" + npos.toString() + " given)");
  const source = arg(args, 0);
  let globals = npos > 1 ? arg(args, 1) : NONE;
  let locals = npos > 2 ? arg(args, 2) : NONE;
  if (globals != NONE && !isDict(globals)) return typeError("exec() globals must be a dict, not " + typeName(globals));
  if (locals != NONE && !isMapping(locals)) return typeError("locals must be a mapping or None, not " + typeName(locals));
  const ns = new Namespaces();
  if (!resolveNamespaces(globals, locals, ns)) return ERR;
  let code: PyCode;
  if (isCode(source)) {
    code = changetype<PyCode>(objOf(source));
    // closures would need the code's free cells bound in a frame: execCode runs module-level code only
    if (closure != NONE) return typeError("cannot use a closure with this code object");
    if (code.nfrees > 0) return typeError("code object requires a closure of exactly length " + code.nfrees.toString());
  } else {
    if (closure != NONE) return typeError("closure can only be used when source is a code object");
    const text = sourceText(source);
    if (text === null) return typeError("exec() arg 1 must be a string, bytes or code object");
    if (!checkNoNull(text)) return ERR;
    const c = compileSource(text, "<string>", ParseMode.Exec);
    if (c === null) return ERR;
    code = c;
  }
  const r = execCode(code, ns.globals!, ns.locals);
  return r == ERR ? ERR : NONE;
}

// CPython's PyCF_ONLY_AST: compile() would return an ast.Module.
const PYCF_ONLY_AST: i64 = 0x400;

function b_compile(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(7);
  const names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
  if (!checkRequired("compile", names, 3, nargs, kwnames) || !parseArgs("compile", args, nargs, kwnames, names, 3, 0, 6, a)) return ERR;
  const source = a.get(0);
  const fileArg = a.get(1);
  let filename: string;
  const fk = typeOf(fileArg).kind;
  if (isStr(fileArg)) filename = strOfValue(fileArg);
  else if (isPtr(fileArg) && (fk == Kind.BYTES || fk == Kind.BYTEARRAY)) filename = sourceText(fileArg)!;
  else return typeError("expected str, bytes or os.PathLike object, not " + typeName(fileArg));
  const modeArg = a.get(2);
  if (!isStr(modeArg)) return typeError("compile() argument 'mode' must be str, not " + typeName(modeArg));
  let flags: i64 = 0;
  if (a.has(3)) {
    const fv = index(a.get(3));
    if (fv == ERR) return ERR;
    flags = intFitsI64(fv) ? intToI64(fv) : -1;
  }
  if (a.has(5)) {
    const ov = index(a.get(5));
    if (ov == ERR) return ERR;
    const o = intFitsI64(ov) ? intToI64(ov) : 99;
    if (o < -1 || o > 2) return raise(E.ValueError, "compile(): invalid optimize value");
  }
  const mode = strOfValue(modeArg);
  let parseMode: ParseMode;
  if (mode == "exec") parseMode = ParseMode.Exec;
  else if (mode == "eval") parseMode = ParseMode.Eval;
  else if (mode == "single") parseMode = ParseMode.Single;
  else return raise(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (flags & PYCF_ONLY_AST) return raise(E.NotImplementedError, "compile() to an AST object is not supported");
  const text = sourceText(source);
  if (text === null) return typeError("compile() arg 1 must be a string, bytes or AST object");
  if (!checkNoNull(text)) return ERR;
  const code = compileSource(text, filename, parseMode);
  if (code === null) return ERR;
  return fromObj(code);
}

// ---- open: read-only files provided by the host ----

// The file types, created once by initBuiltinFunctions.
class FileTypes {
  text: PyType = changetype<PyType>(0); // _io.TextIOWrapper
  binary: PyType = changetype<PyType>(0); // _io.BufferedReader
  anext: PyType = changetype<PyType>(0); // anext_awaitable
  unsupported: PyType = changetype<PyType>(0); // io.UnsupportedOperation(OSError, ValueError)
}
const FT = new FileTypes();

// How text-mode reads find line ends (the `newline` argument of open()).
const enum LineMode {
  TRANSLATED, // newline=None: \r\n and \r became \n on decoding
  ANY, // newline='': \n, \r and \r\n end lines and stay as they are
  LF, // newline='\n'
  CR, // newline='\r'
  CRLF, // newline='\r\n'
}

// An open file: its whole content read at open(). Text files index `text` by UTF-16 unit
// (always at a code-point boundary); binary files index `data` by byte.
class PyFile extends PyObject {
  name: Value; // the `file` argument as given
  text: string = "";
  data: StaticArray<u8> = new StaticArray<u8>(0);
  pos: i32 = 0;
  closed: bool = false;
  binary: bool;
  mode: string;
  encoding: string = "UTF-8";
  lineMode: LineMode = LineMode.TRANSLATED;

  constructor(cls: PyType, name: Value, binary: bool, mode: string) {
    super();
    this.cls = cls;
    this.name = name;
    this.binary = binary;
    this.mode = mode;
    this.gcVals = (<u32>offsetof<PyFile>("name") << 16) | 1;
  }

  get size(): i32 {
    return this.binary ? this.data.length : this.text.length;
  }
}

// OSError subclass instance with CPython's (errno, strerror) args and attributes.
function raiseOSError(cls: PyType, errno: i32, strerror: string, filename: Value): Value {
  const e = new PyBaseException(cls);
  const args = new PyTuple(2);
  args.set(0, fromSmall(errno));
  args.set(1, strValue(strerror));
  e.args = fromObj(args);
  const d = new PyDict();
  d.setStr(intern("errno"), fromSmall(errno));
  d.setStr(intern("strerror"), strValue(strerror));
  d.setStr(N.filename, filename);
  d.setStr(intern("filename2"), NONE);
  e.dict = d;
  return raiseValue(fromObj(e));
}

function isUtf8Name(e: string): bool {
  return e == "utf-8" || e == "utf8" || e == "utf_8" || e == "u8" || e == "utf" || e == "cp65001";
}

function isLatin1Name(e: string): bool {
  return e == "latin-1" || e == "latin1" || e == "latin_1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1" || e == "8859";
}

function b_open(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(8);
  const names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
  if (!checkRequired("open", names, 1, nargs, kwnames) || !parseArgs("open", args, nargs, kwnames, names, 1, 0, 8, a)) return ERR;
  const file = a.get(0);
  let mode = "r";
  if (a.has(1)) {
    if (!isStr(a.get(1))) return typeError("open() argument 'mode' must be str, not " + typeName(a.get(1)));
    mode = strOfValue(a.get(1));
  }
  const encoding = a.has(3) ? a.get(3) : NONE;
  const errors = a.has(4) ? a.get(4) : NONE;
  const newline = a.has(5) ? a.get(5) : NONE;
  if (encoding != NONE && !isStr(encoding)) return typeError("open() argument 'encoding' must be str or None, not " + typeName(encoding));
  if (errors != NONE && !isStr(errors)) return typeError("open() argument 'errors' must be str or None, not " + typeName(errors));
  if (newline != NONE && !isStr(newline)) return typeError("open() argument 'newline' must be str or None, not " + typeName(newline));
  // _io.open's mode validation, in its order
  let creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
  for (let i = 0; i < mode.length; i++) {
    const c = mode.charAt(i);
    if (mode.indexOf(c) != i || "rwxabt+".indexOf(c) < 0) return raise(E.ValueError, "invalid mode: '" + mode + "'");
    if (c == "x") creating = 1;
    else if (c == "r") reading = 1;
    else if (c == "w") writing = 1;
    else if (c == "a") appending = 1;
    else if (c == "+") updating = 1;
    else if (c == "t") text = 1;
    else binary = 1;
  }
  if (text && binary) return raise(E.ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1) return raise(E.ValueError, "must have exactly one of create/read/write/append mode");
  if (binary && encoding != NONE) return raise(E.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors != NONE) return raise(E.ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline != NONE) return raise(E.ValueError, "binary mode doesn't take a newline argument");
  let lineMode = LineMode.TRANSLATED;
  if (newline != NONE) {
    const nl = strOfValue(newline);
    if (nl == "") lineMode = LineMode.ANY;
    else if (nl == "\n") lineMode = LineMode.LF;
    else if (nl == "\r") lineMode = LineMode.CR;
    else if (nl == "\r\n") lineMode = LineMode.CRLF;
    else return raise(E.ValueError, "illegal newline value: " + nl);
  }
  let path: string;
  let fspath = file;
  // os.PathLike objects name the file through __fspath__
  const fsMethod = typeOf(file).lookup(intern("__fspath__"));
  if (fsMethod != NULL && !isStr(file)) {
    fspath = callFound0(fsMethod, file);
    if (fspath == ERR) return ERR;
    const rk = typeOf(fspath).kind;
    if (!isStr(fspath) && !(isPtr(fspath) && (rk == Kind.BYTES || rk == Kind.BYTEARRAY))) {
      return typeError("expected " + typeName(file) + ".__fspath__() to return str or bytes, not " + typeName(fspath));
    }
  }
  const fk = typeOf(fspath).kind;
  if (isStr(fspath)) path = strOfValue(fspath);
  else if (isPtr(fspath) && (fk == Kind.BYTES || fk == Kind.BYTEARRAY)) path = sourceText(fspath)!;
  else if (isIntValue(file)) return raiseOSError(E.OSError, 9, "Bad file descriptor", NONE);
  else return typeError("expected str, bytes or os.PathLike object, not " + typeName(file));
  if (creating + reading + writing + appending == 0) {
    return raise(E.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  }
  // the host exposes its files read-only
  if (!reading || updating) return raiseOSError(E.OSError, 30, "Read-only file system", fspath);
  let enc = "UTF-8";
  if (encoding != NONE) {
    enc = strOfValue(encoding);
    const lower = enc.toLowerCase();
    if (!isUtf8Name(lower) && !isLatin1Name(lower) && lower != "ascii" && lower != "us-ascii" && lower != "utf-8-sig") {
      return raise(E.LookupError, "unknown encoding: " + enc);
    }
  }
  const buf = readHostBytes(path);
  if (buf === null) return raiseOSError(E.FileNotFoundError, 2, "No such file or directory", fspath);
  const n = buf.byteLength;
  const base = changetype<usize>(buf);
  if (binary) {
    const f = new PyFile(FT.binary, fspath, true, mode);
    const data = new StaticArray<u8>(n);
    memory.copy(changetype<usize>(data), base, <usize>n);
    f.data = data;
    return fromObj(f);
  }
  const f = new PyFile(FT.text, fspath, false, mode);
  f.encoding = enc;
  f.lineMode = lineMode;
  f.text = decodeText(base, n, enc.toLowerCase(), lineMode == LineMode.TRANSLATED);
  return fromObj(f);
}

function decodeText(p: usize, n: i32, encoding: string, translate: bool): string {
  let s: string;
  if (isLatin1Name(encoding)) {
    const units = new Array<string>(0);
    let chunk = "";
    for (let i = 0; i < n; i++) {
      chunk += String.fromCharCode(<i32>load<u8>(p + <usize>i));
      if (chunk.length >= 4096) {
        units.push(chunk);
        chunk = "";
      }
    }
    units.push(chunk);
    s = units.join("");
  } else {
    let start = 0;
    if (encoding == "utf-8-sig" && n >= 3 && load<u8>(p) == 0xef && load<u8>(p + 1) == 0xbb && load<u8>(p + 2) == 0xbf) start = 3;
    s = String.UTF8.decodeUnsafe(p + <usize>start, <usize>(n - start));
  }
  if (translate && s.indexOf("\r") >= 0) s = s.replaceAll("\r\n", "\n").replaceAll("\r", "\n");
  return s;
}

function fileSelf(args: usize, nargs: i32, what: string): PyFile | null {
  const v = nargs > 0 ? arg(args, 0) : NONE;
  if (!(isPtr(v) && objOf(v) instanceof PyFile)) {
    typeError("descriptor '" + what + "' requires a file object");
    return null;
  }
  return changetype<PyFile>(objOf(v));
}

// The file if open; else ValueError with the message `closedMessage`.
function openFile(args: usize, nargs: i32, what: string, closedMessage: string): PyFile | null {
  const f = fileSelf(args, nargs, what);
  if (f === null) return null;
  if (f.closed) {
    raise(E.ValueError, closedMessage);
    return null;
  }
  return f;
}

const CLOSED = "I/O operation on closed file.";

// A size argument: -1 for None or a negative int; -2 with TypeError otherwise.
function sizeArg(args: usize, nargs: i32, i: i32): i64 {
  if (nargs <= i) return -1;
  const v = arg(args, i);
  if (v == NONE) return -1;
  if (!isIntValue(v)) {
    const r = index(v);
    if (r == ERR) {
      clearError();
      typeError("argument should be integer or None, not '" + typeName(v) + "'");
      return -2;
    }
    return intFitsI64(r) ? intToI64(r) : (intSign(r) < 0 ? -1 : 0x7fff_ffff);
  }
  if (!intFitsI64(v)) return intSign(v) < 0 ? -1 : 0x7fff_ffff;
  const n = intToI64(v);
  return n < 0 ? -1 : n;
}

// UTF-16 index after advancing `count` code points from `from` (clamped to the end).
function advanceCodePoints(s: string, from: i32, count: i64): i32 {
  let i = from;
  const n = s.length;
  let k: i64 = 0;
  while (i < n && k < count) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < n && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000 ? 2 : 1;
    k++;
  }
  return i;
}

// End (exclusive) of the line starting at f.pos, limited to `limit` code points / bytes (-1: none).
function lineEnd(f: PyFile, limit: i64): i32 {
  const start = f.pos;
  if (f.binary) {
    const data = f.data;
    const n = data.length;
    let end = start;
    while (end < n) {
      if (limit >= 0 && <i64>(end - start) >= limit) return end;
      const b = unchecked(data[end]);
      end++;
      if (b == 10) return end;
    }
    return end;
  }
  const s = f.text;
  const n = s.length;
  let end = n;
  const mode = f.lineMode;
  if (mode == LineMode.TRANSLATED || mode == LineMode.LF) {
    const j = s.indexOf("\n", start);
    if (j >= 0) end = j + 1;
  } else if (mode == LineMode.CR) {
    const j = s.indexOf("\r", start);
    if (j >= 0) end = j + 1;
  } else if (mode == LineMode.CRLF) {
    const j = s.indexOf("\r\n", start);
    if (j >= 0) end = j + 2;
  } else {
    for (let j = start; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c == 10) {
        end = j + 1;
        break;
      }
      if (c == 13) {
        end = j + 1 < n && s.charCodeAt(j + 1) == 10 ? j + 2 : j + 1;
        break;
      }
    }
  }
  if (limit >= 0) {
    const cut = advanceCodePoints(s, start, limit);
    if (cut < end) end = cut;
  }
  return end;
}

// The content between f.pos and end as str or bytes; moves f.pos to end.
function takeUntil(f: PyFile, end: i32): Value {
  const start = f.pos;
  f.pos = end;
  if (f.binary) return fromObj(bytesFromMemory(changetype<usize>(f.data) + <usize>start, end - start, false));
  return fromObj(newStr(f.text.substring(start, end)));
}

function file_read(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("read", kwnames) || !checkPositional("read", nargs, 1, 2)) return ERR;
  const self = fileSelf(args, nargs, "read");
  if (self === null) return ERR;
  const f = self;
  if (f.closed) return raise(E.ValueError, f.binary ? "read of closed file" : CLOSED);
  const size = sizeArg(args, nargs, 1);
  if (size == -2) return ERR;
  let end = f.size;
  if (size >= 0) {
    if (f.binary) end = <i64>f.pos + size < <i64>end ? f.pos + <i32>size : end;
    else end = advanceCodePoints(f.text, f.pos, size);
  }
  return takeUntil(f, end);
}

function file_readline(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("readline", kwnames) || !checkPositional("readline", nargs, 1, 2)) return ERR;
  const self = fileSelf(args, nargs, "readline");
  if (self === null) return ERR;
  const f = self;
  if (f.closed) return raise(E.ValueError, f.binary ? "readline of closed file" : CLOSED);
  const size = sizeArg(args, nargs, 1);
  if (size == -2) return ERR;
  return takeUntil(f, lineEnd(f, size));
}

function file_readlines(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("readlines", kwnames) || !checkPositional("readlines", nargs, 1, 2)) return ERR;
  const f = openFile(args, nargs, "readlines", CLOSED);
  if (f === null) return ERR;
  const hint = sizeArg(args, nargs, 1);
  if (hint == -2) return ERR;
  const l = new PyList();
  let total: i64 = 0;
  while (f.pos < f.size) {
    const start = f.pos;
    const line = takeUntil(f, lineEnd(f, -1));
    l.append(line);
    total += <i64>(f.pos - start);
    if (hint > 0 && total >= hint) break;
  }
  return fromObj(l);
}

function file_next(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = fileSelf(args, nargs, "__next__");
  if (self === null) return ERR;
  const f = self;
  if (f.closed) return raise(E.ValueError, f.binary ? "readline of closed file" : CLOSED);
  if (f.pos >= f.size) return raiseNoArgs(E.StopIteration);
  return takeUntil(f, lineEnd(f, -1));
}

function file_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "__iter__", CLOSED) === null) return ERR;
  return arg(args, 0);
}

function file_enter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "__enter__", CLOSED) === null) return ERR;
  return arg(args, 0);
}

function file_exit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const f = fileSelf(args, nargs, "__exit__");
  if (f === null) return ERR;
  f.closed = true;
  return NONE;
}

function file_close(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("close", nargs, 1, 1)) return ERR;
  const f = fileSelf(args, nargs, "close");
  if (f === null) return ERR;
  f.closed = true;
  return NONE;
}

function file_readable(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "readable", CLOSED) === null) return ERR;
  return TRUE;
}

function file_writable(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "writable", CLOSED) === null) return ERR;
  return FALSE;
}

function file_isatty(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "isatty", CLOSED) === null) return ERR;
  return FALSE;
}

function file_flush(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "flush", CLOSED) === null) return ERR;
  return NONE;
}

function file_write(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "write", CLOSED) === null) return ERR;
  return raise(FT.unsupported, "not writable");
}

// Text positions are UTF-8 byte offsets of the decoded text before pos (CPython's cookie
// when no newline translation happened); binary positions are byte offsets.
function file_tell(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = fileSelf(args, nargs, "tell");
  if (self === null) return ERR;
  const f = self;
  if (f.closed) return raise(E.ValueError, f.binary ? "I/O operation on closed file" : CLOSED);
  if (f.binary) return fromSmall(f.pos);
  return fromSmall(String.UTF8.byteLength(f.text.substring(0, f.pos)));
}

function file_seek(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("seek", kwnames)) return ERR;
  if (nargs < 2) return typeError("seek expected at least 1 argument, got " + (nargs - 1).toString());
  if (!checkPositional("seek", nargs - 1, 1, 2)) return ERR;
  const f = openFile(args, nargs, "seek", CLOSED);
  if (f === null) return ERR;
  const ov = index(arg(args, 1));
  if (ov == ERR) return ERR;
  let whence: i64 = 0;
  if (nargs > 2) {
    const wv = index(arg(args, 2));
    if (wv == ERR) return ERR;
    whence = intFitsI64(wv) ? intToI64(wv) : 99;
  }
  const offset = intFitsI64(ov) ? intToI64(ov) : (intSign(ov) < 0 ? -0x7fff_ffff : 0x7fff_ffff);
  if (whence < 0 || whence > 2) return raise(E.ValueError, "invalid whence (" + whence.toString() + ", should be 0, 1 or 2)");
  if (f.binary) {
    let target = offset;
    if (whence == 1) target += <i64>f.pos;
    else if (whence == 2) target += <i64>f.data.length;
    if (target < 0) return raise(E.ValueError, "negative seek position " + target.toString());
    f.pos = target > <i64>f.data.length ? f.data.length : <i32>target;
    return fromSmall(target);
  }
  if (whence != 0) {
    if (offset != 0) return raise(FT.unsupported, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence == 2) f.pos = f.text.length;
    return fromSmall(String.UTF8.byteLength(f.text.substring(0, f.pos)));
  }
  if (offset < 0) return raise(E.ValueError, "negative seek position " + offset.toString());
  // map the byte cookie back to a UTF-16 position
  const s = f.text;
  let bytes: i64 = 0;
  let i = 0;
  while (i < s.length && bytes < offset) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    i++;
  }
  f.pos = i;
  return fromSmall(offset);
}

function file_seekable(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (openFile(args, nargs, "seekable", CLOSED) === null) return ERR;
  return TRUE;
}

function file_closed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const f = fileSelf(args, nargs, "closed");
  return f === null ? ERR : fromBool(f.closed);
}

function file_name(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const f = fileSelf(args, nargs, "name");
  return f === null ? ERR : f.name;
}

function file_mode(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const f = fileSelf(args, nargs, "mode");
  return f === null ? ERR : strValue(f.mode);
}

function file_encoding(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const f = fileSelf(args, nargs, "encoding");
  return f === null ? ERR : strValue(f.encoding);
}

// A read-only attribute computed by fn (a property whose getter is a native function).
function defGetter(t: PyType, name: string, fn: NativeFn): void {
  const p = new PyProperty(T.property);
  p.fget = fromObj(new PyBuiltin(name, fn, t, 0));
  p.name = fromObj(intern(name));
  defAttr(t, name, fromObj(p));
}

// makeType leaves the type's own class to the start-up bootstrap; types made later set it.
function newType(name: string, kind: Kind, base: PyType, subclassable: bool): PyType {
  const t = makeType(name, kind, base, subclassable);
  t.cls = T.type;
  t.tpDict.cls = T.dict;
  return t;
}

function makeFileType(name: string, isText: bool): PyType {
  const t = newType(name, Kind.OBJECT, T.object, false);
  t.module = strValue("_io");
  defMethod(t, "read", file_read);
  defMethod(t, "readline", file_readline);
  defMethod(t, "readlines", file_readlines);
  defMethod(t, "__next__", file_next);
  defMethod(t, "__iter__", file_iter);
  defMethod(t, "__enter__", file_enter);
  defMethod(t, "__exit__", file_exit);
  defMethod(t, "close", file_close);
  defMethod(t, "readable", file_readable);
  defMethod(t, "writable", file_writable);
  defMethod(t, "seekable", file_seekable);
  defMethod(t, "isatty", file_isatty);
  defMethod(t, "flush", file_flush);
  defMethod(t, "write", file_write);
  defMethod(t, "tell", file_tell);
  defMethod(t, "seek", file_seek);
  defGetter(t, "closed", file_closed);
  defGetter(t, "name", file_name);
  defGetter(t, "mode", file_mode);
  if (isText) defGetter(t, "encoding", file_encoding);
  return t;
}

// ---- input / breakpoint ----

// There is no standard input: the prompt is written, then the end of input is reported.
function b_input(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("input", kwnames) || !checkPositional("input", nargs, 0, 1)) return ERR;
  if (nargs == 1) {
    const prompt = str(arg(args, 0));
    if (prompt === null) return ERR;
    if (writeTo(sysStream(1), prompt.s) < 0) return ERR;
  }
  return raise(E.EOFError, "EOF when reading a line");
}

// No debugger is attached: breakpoint() does nothing (sys.breakpointhook is not consulted).
function b_breakpoint(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return NONE;
}

const B_EXIT_PARAMS = ["code"];

// exit() and quit(), which CPython's site module installs as Quitter objects: calling one
// raises SystemExit(code).
function b_exit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(1);
  if (!parseArgs("exit", args, nargs, kwnames, B_EXIT_PARAMS, 0, 0, 1, a)) return ERR;
  return raiseWith(E.SystemExit, a.has(0) ? a.get(0) : NONE);
}

// ---- aiter / anext ----

function b_aiter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("aiter", kwnames) || !checkPositional("aiter", nargs, 1, 1)) return ERR;
  const v = arg(args, 0);
  const m = typeOf(v).lookup(N.__aiter__);
  if (m == NULL) return typeError("'" + typeName(v) + "' object is not an async iterable");
  const it = callFound0(m, v);
  if (it == ERR) return ERR;
  if (typeOf(it).lookup(N.__anext__) == NULL) {
    return typeError("aiter() returned not an async iterator of type '" + typeName(it) + "'");
  }
  return it;
}

// anext(it, default): an awaitable that forwards to it.__anext__()'s awaitable and turns
// StopAsyncIteration into StopIteration(default), i.e. `await` yields the default.
class PyAnext extends PyObject {
  awaitable: Value;
  fallback: Value;
  iter: Value = NULL;

  constructor(awaitable: Value, fallback: Value) {
    super();
    this.cls = FT.anext;
    this.awaitable = awaitable;
    this.fallback = fallback;
    this.gcVals = (<u32>offsetof<PyAnext>("awaitable") << 16) | 3;
  }
}

function b_anext(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("anext", kwnames) || !checkPositional("anext", nargs, 1, 2)) return ERR;
  const v = arg(args, 0);
  const m = typeOf(v).lookup(N.__anext__);
  if (m == NULL) return typeError("'" + typeName(v) + "' object is not an async iterator");
  const aw = callFound0(m, v);
  if (aw == ERR) return ERR;
  if (nargs == 1) return aw;
  return fromObj(new PyAnext(aw, arg(args, 1)));
}

function anextSelf(args: usize): PyAnext {
  return changetype<PyAnext>(objOf(arg(args, 0)));
}

// The iterator behind the wrapped awaitable (_PyCoro_GetAwaitableIter).
function anextIter(a: PyAnext): Value {
  if (a.iter != NULL) return a.iter;
  const aw = a.awaitable;
  const k = typeOf(aw).kind;
  let it = aw;
  if (k != Kind.COROUTINE && k != Kind.GENERATOR) {
    const m = typeOf(aw).lookup(N.__await__);
    if (m == NULL) return typeError("object " + typeName(aw) + " can't be used in 'await' expression");
    it = callFound0(m, aw);
    if (it == ERR) return ERR;
    if (typeOf(it).kind == Kind.COROUTINE) return typeError("__await__() returned a coroutine");
    if (typeOf(it).lookup(N.__next__) == NULL && typeOf(it).kind != Kind.GENERATOR) {
      return typeError("__await__() returned non-iterator of type '" + typeName(it) + "'");
    }
  }
  a.iter = it;
  return it;
}

function anextResult(a: PyAnext, r: Value): Value {
  if (r == ERR && errorMatches(E.StopAsyncIteration)) {
    clearError();
    return raiseWith(E.StopIteration, a.fallback);
  }
  return r;
}

function anext_send(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("send", nargs, 2, 2)) return ERR;
  const a = anextSelf(args);
  const it = anextIter(a);
  if (it == ERR) return ERR;
  const v = arg(args, 1);
  const r = v == NONE && typeOf(it).kind != Kind.COROUTINE ? callMethod0(it, N.__next__) : callMethod1(it, N.send, v);
  return anextResult(a, r);
}

function anext_next(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = anextSelf(args);
  const it = anextIter(a);
  if (it == ERR) return ERR;
  const r = typeOf(it).kind == Kind.COROUTINE ? callMethod1(it, N.send, NONE) : callMethod0(it, N.__next__);
  return anextResult(a, r);
}

function anext_throw(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("throw", nargs, 2, 4)) return ERR;
  const a = anextSelf(args);
  const it = anextIter(a);
  if (it == ERR) return ERR;
  const m = getAttr(it, N.throw);
  if (m == ERR) return ERR;
  const pos = new Array<Value>();
  for (let i = 1; i < nargs; i++) pos.push(arg(args, i));
  return anextResult(a, callArgsKw(m, pos, null));
}

function anext_close(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = anextSelf(args);
  if (a.iter == NULL) return NONE;
  const m = getAttr(a.iter, N.close);
  if (m == ERR) {
    if (!errorMatches(E.AttributeError)) return ERR;
    clearError();
    return NONE;
  }
  return call0(m);
}

function anext_self(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return arg(args, 0);
}

// ---- registration ----

// io.UnsupportedOperation derives from both OSError and ValueError; makeType knows single
// inheritance only, so the second base and the C3 order are filled in here.
function makeUnsupportedOperation(): PyType {
  const t = newType("UnsupportedOperation", Kind.EXCEPTION, E.OSError, true);
  t.module = strValue("io");
  t.bases.push(E.ValueError);
  E.ValueError.subclasses.push(t);
  t.mro = [t, E.OSError, E.ValueError, E.Exception, E.BaseException, T.object];
  return t;
}

export function initBuiltinFunctions(): void {
  FT.unsupported = makeUnsupportedOperation();
  FT.text = makeFileType("TextIOWrapper", true);
  FT.binary = makeFileType("BufferedReader", false);
  const an = newType("anext_awaitable", Kind.OBJECT, T.object, false);
  defMethod(an, "__await__", anext_self);
  defMethod(an, "__iter__", anext_self);
  defMethod(an, "__next__", anext_next);
  defMethod(an, "send", anext_send);
  defMethod(an, "throw", anext_throw);
  defMethod(an, "close", anext_close);
  FT.anext = an;

  defMethod(T.object, "__dir__", object_dir);
  defMethod(T.type, "__dir__", type_dir);
  defMethod(T.module, "__dir__", module_dir);

  const d = ts.builtinsDict;
  defFunction(d, "min", b_min);
  defFunction(d, "max", b_max);
  defFunction(d, "sum", b_sum);
  defFunction(d, "sorted", b_sorted);
  defFunction(d, "any", b_any);
  defFunction(d, "all", b_all);
  defFunction(d, "round", b_round);
  defFunction(d, "divmod", b_divmod);
  defFunction(d, "pow", b_pow);
  defFunction(d, "chr", b_chr);
  defFunction(d, "ord", b_ord);
  defFunction(d, "bin", b_bin);
  defFunction(d, "oct", b_oct);
  defFunction(d, "hex", b_hex);
  defFunction(d, "dir", b_dir);
  defFunction(d, "vars", b_vars);
  defFunction(d, "locals", b_locals);
  defFunction(d, "exec", b_exec);
  defFunction(d, "eval", b_eval);
  defFunction(d, "compile", b_compile);
  defFunction(d, "open", b_open);
  defFunction(d, "input", b_input);
  defFunction(d, "breakpoint", b_breakpoint);
  defFunction(d, "exit", b_exit);
  defFunction(d, "quit", b_exit);
  defFunction(d, "aiter", b_aiter);
  defFunction(d, "anext", b_anext);
}
