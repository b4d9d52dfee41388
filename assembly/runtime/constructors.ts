// Constructors of the builtin types (int(x), list(it), range(a, b), property(f), …) and
// empty instances of user subclasses of them.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, ELLIPSIS, NOTIMPL, isSmallInt, smallOf, fromSmall, isFloat, floatOf,
  fromFloat, fromObj, objOf, isPtr, fromBool, canonicalF64,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, newStr, intern } from "../objects/str";
import { PyTuple, PyList, emptyTuple, tupleFromMemory } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyBytes } from "../objects/bytes";
import { PyComplex } from "../objects/complex";
import { PyRange, PySlice, rangeLength } from "../objects/range";
import { PyProperty, PyWrapper, PyModule } from "../objects/function";
import { PyBaseException, E } from "../objects/exceptions";
import {
  PyLong, isIntValue, intFitsI64, intToI64, intToF64, toBig, fromBig, asIntValue, intSign, intFromF64Value,
  MAX_STR_DIGITS,
} from "../objects/int";
import { BigNum } from "../objects/bigint";
import { parseFloat as parseFloatText, floatErrorCode, FLOAT_OK } from "../objects/floatfmt";
import { N } from "./names";
import { raise, typeError, typeName, errorMatches, clearError } from "./errors";
import { Args, parseArgs, noKeywords, checkPositional } from "./args";
import { isTrue, index, callSpecial0, PyObjectPlain, length, getAttr } from "./abstract";
import { listExtend, listExtendRooted, setUpdate, dictUpdate, sequenceToTuple } from "./collections";
import { getIter, iterNext, IT, IterKind, PyIter, newIter } from "./iter";
import { str, reprString, strString } from "./repr";
import { superNew } from "./super";
import { encodeStr, decodeBytes } from "./methods/bytes";
import { initExceptionFields } from "./methods/core";
import { callValue } from "../vm/call";

// An empty instance with cls's layout (object.__new__ and the builtin __new__s).
export function newInstanceOfKind(cls: PyType): Value {
  switch (cls.kind) {
    case Kind.LIST: {
      const l = new PyList();
      l.cls = cls;
      return fromObj(l);
    }
    case Kind.DICT: {
      const d = new PyDict();
      d.cls = cls;
      return fromObj(d);
    }
    case Kind.SET:
    case Kind.FROZENSET: {
      const s = new PySet(cls.kind == Kind.FROZENSET);
      s.cls = cls;
      return fromObj(s);
    }
    case Kind.EXCEPTION: {
      const e = new PyBaseException(cls);
      e.args = fromObj(emptyTuple());
      return fromObj(e);
    }
    case Kind.INT: {
      const l = new PyLong(BigNum.fromI64(0));
      l.cls = cls;
      return fromObj(l);
    }
    case Kind.STR: {
      const s = newStr("");
      s.cls = cls;
      return fromObj(s);
    }
    case Kind.TUPLE: {
      const t = new PyTuple(0);
      t.cls = cls;
      return fromObj(t);
    }
  }
  return fromObj(new PyObjectPlain(cls));
}

function setCls(v: Value, cls: PyType): Value {
  if (isPtr(v) && (cls.flags & TypeFlag.HEAP)) objOf(v).cls = cls;
  return v;
}

const CONSTRUCT_BUILTIN_PARAMS = ["object", "encoding", "errors"];
const CONSTRUCT_BUILTIN_PARAMS2 = ["fget", "fset", "fdel", "doc"];

export function constructBuiltin(cls: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const heap = (cls.flags & TypeFlag.HEAP) != 0;
  switch (cls.kind) {
    case Kind.OBJECT:
      if (!heap && nargs > 0) return typeError("object() takes no arguments");
      return fromObj(new PyObjectPlain(cls));
    case Kind.NONE:
      return NONE;
    case Kind.NOTIMPL:
      return NOTIMPL;
    case Kind.ELLIPSIS:
      return ELLIPSIS;
    case Kind.BOOL: {
      if (!noKeywords("bool", kwnames) || !checkPositional("bool", nargs, 0, 1)) return ERR;
      if (nargs == 0) return FALSE;
      const t = isTrue(load<u64>(args));
      return t < 0 ? ERR : fromBool(t != 0);
    }
    case Kind.INT: {
      const r = intConstruct(args, nargs, kwnames);
      if (r == ERR || !heap) return r;
      const l = new PyLong(toBig(r));
      l.cls = cls;
      return fromObj(l);
    }
    case Kind.FLOAT: {
      if (!noKeywords("float", kwnames) || !checkPositional("float", nargs, 0, 1)) return ERR;
      if (heap) return typeError("subclassing float is not supported yet");
      if (nargs == 0) return fromFloat(0);
      return floatConstruct(load<u64>(args));
    }
    case Kind.COMPLEX: {
      const r = complexConstruct(args, nargs, kwnames);
      if (r == ERR || !heap) return r;
      // a subclass instance of its own (r may be the argument itself or what __complex__ returned)
      const c = changetype<PyComplex>(objOf(r));
      const inst = new PyComplex(c.re, c.im);
      inst.cls = cls;
      return fromObj(inst);
    }
    case Kind.STR: {
      const a = new Args(3);
      if (!parseArgs("str", args, nargs, kwnames, CONSTRUCT_BUILTIN_PARAMS, 0, 0, 3, a)) return ERR;
      if (!a.has(0)) return setCls(fromObj(newStr("")), cls);
      if (a.has(1) || a.has(2)) return decodeConstruct(a.get(0), a.has(1) ? a.get(1) : NULL, a.has(2) ? a.get(2) : NULL);
      const s = str(a.get(0));
      if (s === null) return ERR;
      if (heap) {
        const o = newStr(s.s);
        o.cls = cls;
        return fromObj(o);
      }
      return fromObj(s);
    }
    case Kind.TUPLE: {
      if (!noKeywords("tuple", kwnames) || !checkPositional("tuple", nargs, 0, 1)) return ERR;
      if (nargs == 0) return setCls(heap ? fromObj(new PyTuple(0)) : fromObj(emptyTuple()), cls);
      const t = sequenceToTuple(load<u64>(args), true);
      if (t == ERR) return ERR;
      if (heap) {
        const src = changetype<PyTuple>(objOf(t));
        const c = tupleFromMemory(src.items.data, src.length);
        const copy = new PyTuple(src.length);
        memory.copy(copy.items.data, c.items.data, <usize>src.length << 3);
        copy.cls = cls;
        return fromObj(copy);
      }
      return t;
    }
    case Kind.LIST: {
      if (!noKeywords("list", kwnames) || !checkPositional("list", nargs, 0, 1)) return ERR;
      const l = new PyList();
      l.cls = cls;
      if (nargs == 1 && listExtendRooted(l, load<u64>(args)) < 0) return ERR;
      return fromObj(l);
    }
    case Kind.DICT: {
      const d = new PyDict();
      d.cls = cls;
      if (dictInit(d, args, nargs, kwnames) < 0) return ERR;
      return fromObj(d);
    }
    case Kind.SET:
    case Kind.FROZENSET: {
      const name = cls.kind == Kind.SET ? "set" : "frozenset";
      if ((!heap && !noKeywords(name, kwnames)) || !checkPositional(name, nargs, 0, 1)) return ERR;
      const s = new PySet(cls.kind == Kind.FROZENSET);
      s.cls = cls;
      if (nargs == 1 && setUpdate(s, load<u64>(args)) < 0) return ERR;
      return fromObj(s);
    }
    case Kind.RANGE:
      return rangeConstruct(args, nargs, kwnames);
    case Kind.SLICE: {
      if (!noKeywords("slice", kwnames) || !checkPositional("slice", nargs, 1, 3)) return ERR;
      if (nargs == 1) return fromObj(new PySlice(NONE, load<u64>(args), NONE));
      return fromObj(new PySlice(load<u64>(args), load<u64>(args + 8), nargs == 3 ? load<u64>(args + 16) : NONE));
    }
    case Kind.EXCEPTION: {
      if (!heap && kwnames !== null && kwnames.length > 0) {
        return typeError(cls.name + "() takes no keyword arguments");
      }
      const e = new PyBaseException(cls === E.OSError && nargs >= 2 ? osErrorClassFor(load<u64>(args)) : cls);
      const npos = nargs - (kwnames !== null ? kwnames.length : 0);
      e.args = fromObj(tupleFromMemory(args, npos));
      initExceptionFields(e);
      return fromObj(e);
    }
    case Kind.PROPERTY: {
      const a = new Args(4);
      if (!parseArgs("property", args, nargs, kwnames, CONSTRUCT_BUILTIN_PARAMS2, 0, 0, 4, a)) return ERR;
      const p = new PyProperty(cls);
      if (a.has(0)) p.fget = a.get(0);
      if (a.has(1)) p.fset = a.get(1);
      if (a.has(2)) p.fdel = a.get(2);
      if (a.has(3) && a.get(3) != NONE) p.doc = a.get(3);
      else if (p.fget != NONE) {
        const d = getAttrOrNull(p.fget, N.__doc__);
        if (d == ERR) return ERR;
        if (d != NULL) p.doc = d;
      }
      return fromObj(p);
    }
    case Kind.CLASSMETHOD:
    case Kind.STATICMETHOD: {
      const name = cls.kind == Kind.CLASSMETHOD ? "classmethod" : "staticmethod";
      if (!noKeywords(name, kwnames) || !checkPositional(name, nargs, 1, 1)) return ERR;
      return fromObj(new PyWrapper(cls, load<u64>(args)));
    }
    case Kind.SUPER:
      return superNew(args, nargs, kwnames);
    case Kind.ITERATOR:
      return iteratorConstruct(cls, args, nargs, kwnames);
    case Kind.MODULE: {
      if (!checkPositional("module", nargs, 1, 2)) return ERR;
      const d = new PyDict();
      d.setStr(N.__name__, load<u64>(args));
      d.setStr(N.__doc__, nargs > 1 ? load<u64>(args + 8) : NONE);
      return fromObj(new PyModule(d));
    }
    case Kind.BYTES:
    case Kind.BYTEARRAY: {
      const r = bytesConstruct(cls, args, nargs, kwnames);
      if (r == ERR || !heap) return r;
      // a subclass instance of its own (r may be what a __bytes__ returned); bytes content is
      // immutable and a new bytearray's buffer is fresh, so the buffer can be shared
      const b = changetype<PyBytes>(objOf(r));
      const inst = new PyBytes(b.data, b.length, cls.kind == Kind.BYTEARRAY);
      inst.cls = cls;
      return fromObj(inst);
    }
  }
  return typeError("cannot create '" + cls.name + "' instances");
}

// getattr that treats a missing attribute as NULL.
function getAttrOrNull(v: Value, name: PyStr): Value {
  const r = getAttr(v, name);
  if (r == ERR && errorMatches(E.AttributeError)) {
    clearError();
    return NULL;
  }
  return r;
}

// OSError(errno, strerror) called directly becomes the subclass for that errno (Linux values).
function osErrorClassFor(errno: Value): PyType {
  if (!isSmallInt(errno)) return E.OSError;
  let name = "";
  switch (<i32>smallOf(errno)) {
    case 11: case 114: case 115: name = "BlockingIOError"; break;
    case 10: name = "ChildProcessError"; break;
    case 32: case 108: name = "BrokenPipeError"; break;
    case 103: name = "ConnectionAbortedError"; break;
    case 111: name = "ConnectionRefusedError"; break;
    case 104: name = "ConnectionResetError"; break;
    case 17: name = "FileExistsError"; break;
    case 2: name = "FileNotFoundError"; break;
    case 21: name = "IsADirectoryError"; break;
    case 20: name = "NotADirectoryError"; break;
    case 4: name = "InterruptedError"; break;
    case 13: case 1: name = "PermissionError"; break;
    case 3: name = "ProcessLookupError"; break;
    case 110: name = "TimeoutError"; break;
    default: return E.OSError;
  }
  for (let i = 0; i < E.all.length; i++) if (E.all[i].name == name) return E.all[i];
  return E.OSError;
}

// ---- int ----

const INT_CONSTRUCT_PARAMS = ["x", "base"];

function intConstruct(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(2);
  if (!parseArgs("int", args, nargs, kwnames, INT_CONSTRUCT_PARAMS, 0, 1, 2, a)) return ERR;
  if (!a.has(0)) {
    if (a.has(1)) return typeError("int() missing string argument");
    return fromSmall(0);
  }
  const x = a.get(0);
  if (a.has(1)) {
    const bv = index(a.get(1));
    if (bv == ERR) return ERR;
    const base = intFitsI64(bv) ? intToI64(bv) : 99;
    if (base != 0 && (base < 2 || base > 36)) return raise(E.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!(isPtr(x) && (typeOf(x).kind == Kind.STR || typeOf(x).kind == Kind.BYTES || typeOf(x).kind == Kind.BYTEARRAY))) {
      return typeError("int() can't convert non-string with explicit base");
    }
    return intFromText(x, <i32>base);
  }
  return intOf(x);
}

// int(x) for one argument.
export function intOf(x: Value): Value {
  if (isIntValue(x)) return asIntValue(x);
  if (isFloat(x)) {
    const f = floatOf(x);
    if (isNaN(f)) return raise(E.ValueError, "cannot convert float NaN to integer");
    if (!isFinite(f)) return raise(E.OverflowError, "cannot convert float infinity to integer");
    return intFromF64Value(f);
  }
  const t = typeOf(x);
  if (t.kind == Kind.STR || t.kind == Kind.BYTES || t.kind == Kind.BYTEARRAY) return intFromText(x, 10);
  let r = callSpecial0(x, N.__int__);
  if (r == NULL) r = callSpecial0(x, N.__index__);
  if (r == NULL) {
    const tr = callSpecial0(x, N.__trunc__);
    if (tr != NULL) {
      if (tr == ERR) return ERR;
      return intOf(tr);
    }
    return typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
  }
  if (r == ERR) return ERR;
  if (!isIntValue(r)) return typeError("__int__ returned non-int (type " + typeName(r) + ")");
  return asIntValue(r);
}

function intFromText(x: Value, base: i32): Value {
  let s: string;
  if (typeOf(x).kind == Kind.STR) s = changetype<PyStr>(objOf(x)).s;
  else {
    const b = changetype<PyBytes>(objOf(x));
    s = String.UTF8.decodeUnsafe(b.ptr, <usize>b.length);
  }
  const digits = MAX_STR_DIGITS > 0 ? BigNum.digitLimitExceeded(s, base, MAX_STR_DIGITS) : 0;
  if (digits > 0) {
    return raise(
      E.ValueError,
      "Exceeds the limit (" + MAX_STR_DIGITS.toString() + " digits) for integer string conversion: value has " + digits.toString() + " digits; use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  const b = BigNum.fromString(s, base);
  if (b === null) {
    const r = reprString(x);
    return raise(E.ValueError, "invalid literal for int() with base " + base.toString() + ": " + (r === null ? "?" : r!));
  }
  return fromBig(b!);
}

// ---- float ----

export function floatConstruct(x: Value): Value {
  if (isFloat(x)) return x;
  if (isIntValue(x)) {
    const f = intToF64(x);
    if (!isFinite(f)) return raise(E.OverflowError, "int too large to convert to float");
    return fromFloat(f);
  }
  const t = typeOf(x);
  if (t.kind == Kind.STR || t.kind == Kind.BYTES || t.kind == Kind.BYTEARRAY) {
    let s: string;
    if (t.kind == Kind.STR) s = changetype<PyStr>(objOf(x)).s;
    else {
      const b = changetype<PyBytes>(objOf(x));
      s = String.UTF8.decodeUnsafe(b.ptr, <usize>b.length);
    }
    const f = parseFloatText(s);
    if (floatErrorCode() != FLOAT_OK) {
      const r = reprString(x);
      return raise(E.ValueError, "could not convert string to float: " + (r === null ? "?" : r!));
    }
    return f != f ? freshNaN(f) : canonicalF64(f);
  }
  let r = callSpecial0(x, N.__float__);
  if (r == NULL) {
    r = callSpecial0(x, N.__index__);
    if (r != NULL && r != ERR) return floatConstruct(r);
  }
  if (r == NULL) return typeError("float() argument must be a string or a real number, not '" + t.name + "'");
  if (r == ERR) return ERR;
  if (!isFloat(r)) return typeError(t.name + ".__float__ returned non-float (type " + typeName(r) + ")");
  return r;
}

// Each float('nan') is a distinct object in CPython ([nan] == [float('nan')] is False while
// x = nan; [x] == [x] is True). Floats are immediate here, so identity is the bit pattern:
// give every NaN made from text its own payload (still a quiet NaN below the tag space).
let nanSerial: u64 = 0;

function freshNaN(f: f64): Value {
  nanSerial = (nanSerial + 1) & 0x0000_ffff_ffff_ffff;
  const sign: u64 = reinterpret<u64>(f) & 0x8000_0000_0000_0000;
  return sign | 0x7ff8_0000_0000_0000 | nanSerial;
}

// ---- complex ----

const COMPLEX_CONSTRUCT_PARAMS = ["real", "imag"];

function complexConstruct(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(2);
  if (!parseArgs("complex", args, nargs, kwnames, COMPLEX_CONSTRUCT_PARAMS, 0, 0, 2, a)) return ERR;
  let re: f64 = 0;
  let im: f64 = 0;
  let realWasComplex = false;
  if (a.has(0)) {
    const r = a.get(0);
    if (isPtr(r) && typeOf(r).kind == Kind.STR) {
      if (a.has(1)) return typeError("complex() can't take second arg if first is a string");
      return complexFromString(changetype<PyStr>(objOf(r)).s, r);
    }
    const viaDunder = isPtr(r) && !(objOf(r) instanceof PyComplex) ? callSpecial0(r, N.__complex__) : NULL;
    if (viaDunder == ERR) return ERR;
    if (viaDunder != NULL) {
      if (!(isPtr(viaDunder) && objOf(viaDunder) instanceof PyComplex)) {
        return typeError("__complex__ returned non-complex (type " + typeName(viaDunder) + ")");
      }
      re = changetype<PyComplex>(objOf(viaDunder)).re;
      im = changetype<PyComplex>(objOf(viaDunder)).im;
      realWasComplex = true;
    } else if (isPtr(r) && objOf(r) instanceof PyComplex) {
      re = changetype<PyComplex>(objOf(r)).re;
      im = changetype<PyComplex>(objOf(r)).im;
      realWasComplex = true;
    } else {
      const f = floatConstruct(r);
      if (f == ERR) {
        if (errorMatches(E.TypeError)) {
          clearError();
          return typeError("complex() first argument must be a string or a number, not '" + typeName(r) + "'");
        }
        return ERR;
      }
      re = floatOf(f);
    }
  }
  if (a.has(1)) {
    const i = a.get(1);
    if (isPtr(i) && objOf(i) instanceof PyComplex) {
      re -= changetype<PyComplex>(objOf(i)).im;
      im += changetype<PyComplex>(objOf(i)).re;
    } else {
      const f = floatConstruct(i);
      if (f == ERR) {
        if (errorMatches(E.TypeError)) {
          clearError();
          return typeError("complex() second argument must be a number, not '" + typeName(i) + "'");
        }
        return ERR;
      }
      // a real imaginary part replaces, rather than adds to, a real first argument's 0 (keeps -0.0)
      im = realWasComplex ? im + floatOf(f) : floatOf(f);
    }
  }
  return fromObj(new PyComplex(re, im));
}

function complexFromString(s0: string, orig: Value): Value {
  let s = s0.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const bad = (): Value => raise(E.ValueError, "complex() arg is a malformed string");
  if (s.length == 0) return bad();
  let re: f64 = 0;
  let im: f64 = 0;
  if (s.endsWith("j") || s.endsWith("J")) {
    const body = s.slice(0, -1);
    // split at the last sign that is not part of an exponent
    let split = -1;
    for (let i = body.length - 1; i > 0; i--) {
      const c = body.charCodeAt(i);
      if ((c == 43 || c == 45) && !(body.charCodeAt(i - 1) == 101 || body.charCodeAt(i - 1) == 69)) {
        split = i;
        break;
      }
    }
    let imText = split >= 0 ? body.slice(split) : body;
    if (imText == "" || imText == "+") im = 1;
    else if (imText == "-") im = -1;
    else {
      im = parseFloatText(imText);
      if (floatErrorCode() != FLOAT_OK) return bad();
    }
    if (split >= 0) {
      re = parseFloatText(body.slice(0, split));
      if (floatErrorCode() != FLOAT_OK) return bad();
    }
  } else {
    re = parseFloatText(s);
    if (floatErrorCode() != FLOAT_OK) return bad();
  }
  return fromObj(new PyComplex(re, im));
}

// ---- str from bytes ----

// An optional encoding/errors argument as text (NULL: the default). null with TypeError.
function textArg(v: Value, fname: string, argname: string, dflt: string): string | null {
  if (v == NULL) return dflt;
  if (!(isPtr(v) && typeOf(v).kind == Kind.STR)) {
    typeError(fname + "() argument '" + argname + "' must be str, not " + typeName(v));
    return null;
  }
  return changetype<PyStr>(objOf(v)).s;
}

function decodeConstruct(obj: Value, encoding: Value, errors: Value): Value {
  const enc = textArg(encoding, "str", "encoding", "utf-8");
  if (enc === null) return ERR;
  const err = textArg(errors, "str", "errors", "strict");
  if (err === null) return ERR;
  const t = typeOf(obj);
  if (t.kind != Kind.BYTES && t.kind != Kind.BYTEARRAY) {
    return typeError("decoding to str: need a bytes-like object, " + t.name + " found");
  }
  const b = changetype<PyBytes>(objOf(obj));
  return decodeBytes(b.ptr, b.length, enc!, err!);
}

// ---- bytes / bytearray ----

const BYTES_CONSTRUCT_PARAMS = ["source", "encoding", "errors"];

function bytesConstruct(cls: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const mutable = cls.kind == Kind.BYTEARRAY;
  const name = mutable ? "bytearray" : "bytes";
  const a = new Args(3);
  if (!parseArgs(name, args, nargs, kwnames, BYTES_CONSTRUCT_PARAMS, 0, 0, 3, a)) return ERR;
  if (!a.has(0)) return fromObj(new PyBytes(new StaticArray<u8>(0), 0, mutable));
  const src = a.get(0);
  const st = typeOf(src);
  if (st.kind == Kind.STR) {
    if (!a.has(1)) return typeError("string argument without an encoding");
    const encName = textArg(a.get(1), name, "encoding", "utf-8");
    if (encName === null) return ERR;
    const errName = textArg(a.has(2) ? a.get(2) : NULL, name, "errors", "strict");
    if (errName === null) return ERR;
    const enc = encodeStr(changetype<PyStr>(objOf(src)), encName!, errName!);
    if (enc == ERR || !mutable) return enc;
    const eb = changetype<PyBytes>(objOf(enc));
    return fromObj(new PyBytes(eb.data, eb.length, true));
  }
  if (a.has(1)) return typeError("encoding without a string argument");
  if (!mutable && (st.flags & TypeFlag.HEAP || st.kind == Kind.OBJECT)) {
    const conv = callSpecial0(src, N.__bytes__);
    if (conv == ERR) return ERR;
    if (conv != NULL) {
      if (typeOf(conv).kind != Kind.BYTES) return typeError("__bytes__ returned non-bytes (type " + typeName(conv) + ")");
      return conv;
    }
  }
  if (isIntValue(src)) {
    const n = intToI64(src);
    if (n < 0) return raise(E.ValueError, "negative count");
    if (n > 0x10000000) return raise(E.MemoryError, "");
    return fromObj(new PyBytes(new StaticArray<u8>(<i32>n), <i32>n, mutable));
  }
  if (st.kind == Kind.BYTES || st.kind == Kind.BYTEARRAY) {
    const b = changetype<PyBytes>(objOf(src));
    const data = new StaticArray<u8>(b.length);
    memory.copy(changetype<usize>(data), b.ptr, <usize>b.length);
    return fromObj(new PyBytes(data, b.length, mutable));
  }
  const it = getIter(src);
  if (it == ERR) {
    if (errorMatches(E.TypeError)) {
      clearError();
      return typeError("cannot convert '" + st.name + "' object to " + name);
    }
    return ERR;
  }
  const bytes = new Array<u8>();
  while (true) {
    const v = iterNext(it);
    if (v == ERR) return ERR;
    if (v == NULL) break;
    if (!isIntValue(v)) return typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    const x = intFitsI64(v) ? intToI64(v) : -1;
    if (x < 0 || x > 255) return raise(E.ValueError, "bytes must be in range(0, 256)");
    bytes.push(<u8>x);
  }
  const data = new StaticArray<u8>(bytes.length);
  for (let i = 0; i < bytes.length; i++) unchecked((data[i] = bytes[i]));
  return fromObj(new PyBytes(data, bytes.length, mutable));
}

// ---- dict ----

export function dictInit(d: PyDict, args: usize, nargs: i32, kwnames: PyTuple | null): i32 {
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - nkw;
  if (npos > 1) {
    typeError("dict expected at most 1 argument, got " + npos.toString());
    return -1;
  }
  if (npos == 1) {
    const src = load<u64>(args);
    const st = typeOf(src);
    if (st.kind == Kind.DICT || st.lookup(N.keys) != NULL) {
      if (dictUpdate(d, src, false, NULL) < 0) return -1;
    } else if (mergeFromPairs(d, src) < 0) return -1;
  }
  for (let k = 0; k < nkw; k++) {
    if (d.setItem(kwnames!.get(k), load<u64>(args + (<usize>(npos + k) << 3))) < 0) return -1;
  }
  return 0;
}

// ---- range ----

function rangeConstruct(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("range", kwnames)) return ERR;
  if (nargs == 0) return typeError("range expected at least 1 argument, got 0");
  if (nargs > 3) return typeError("range expected at most 3 arguments, got " + nargs.toString());
  let start: Value = fromSmall(0);
  let stop: Value;
  let step: Value = fromSmall(1);
  if (nargs == 1) {
    stop = index(load<u64>(args));
    if (stop == ERR) return ERR;
  } else {
    start = index(load<u64>(args));
    if (start == ERR) return ERR;
    stop = index(load<u64>(args + 8));
    if (stop == ERR) return ERR;
    if (nargs == 3) {
      step = index(load<u64>(args + 16));
      if (step == ERR) return ERR;
      if (intSign(step) == 0) return raise(E.ValueError, "range() arg 3 must not be zero");
    }
  }
  start = asIntValue(start);
  stop = asIntValue(stop);
  step = asIntValue(step);
  const r = new PyRange(start, stop, step);
  if (intFitsI64(start) && intFitsI64(stop) && intFitsI64(step)) {
    r.start = intToI64(start);
    r.step = intToI64(step);
    r.length = rangeLength(r.start, intToI64(stop), r.step);
  } else {
    r.length = -1;
  }
  return fromObj(r);
}

// ---- enumerate, zip, map, filter, reversed ----

const ITERATOR_CONSTRUCT_PARAMS = ["iterable", "start"];

function iteratorConstruct(cls: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (cls === IT.enumerate) {
    const a = new Args(2);
    if (!parseArgs("enumerate", args, nargs, kwnames, ITERATOR_CONSTRUCT_PARAMS, 1, 0, 2, a)) return ERR;
    const it = getIter(a.get(0));
    if (it == ERR) return ERR;
    const e = newIter(cls, IterKind.ENUMERATE, it);
    let start = fromSmall(0);
    if (a.has(1)) {
      start = index(a.get(1));
      if (start == ERR) return ERR;
    }
    e.extra = start;
    return fromObj(e);
  }
  if (cls === IT.zip) {
    const nkw = kwnames !== null ? kwnames.length : 0;
    const npos = nargs - nkw;
    let strict = false;
    for (let k = 0; k < nkw; k++) {
      const key = changetype<PyStr>(objOf(kwnames!.get(k))).s;
      if (key != "strict") return typeError("zip() got an unexpected keyword argument '" + key + "'");
      const t = isTrue(load<u64>(args + (<usize>(npos + k) << 3)));
      if (t < 0) return ERR;
      strict = t != 0;
    }
    const its = new PyTuple(npos);
    for (let i = 0; i < npos; i++) {
      const it = getIter(load<u64>(args + (<usize>i << 3)));
      if (it == ERR) {
        if (errorMatches(E.TypeError)) {
          clearError();
          return typeError("zip argument #" + (i + 1).toString() + " must support iteration");
        }
        return ERR;
      }
      its.set(i, it);
    }
    const z = newIter(cls, IterKind.ZIP, fromObj(its));
    z.strict = strict;
    return fromObj(z);
  }
  if (cls === IT.map) {
    if (!noKeywords("map", kwnames)) return ERR;
    if (nargs < 2) return typeError("map() must have at least two arguments.");
    const its = new PyTuple(nargs - 1);
    for (let i = 1; i < nargs; i++) {
      const it = getIter(load<u64>(args + (<usize>i << 3)));
      if (it == ERR) return ERR;
      its.set(i - 1, it);
    }
    const m = newIter(cls, IterKind.MAP, fromObj(its));
    m.extra = load<u64>(args);
    return fromObj(m);
  }
  if (cls === IT.filter) {
    if (!noKeywords("filter", kwnames) || !checkPositional("filter", nargs, 2, 2)) return ERR;
    const it = getIter(load<u64>(args + 8));
    if (it == ERR) return ERR;
    const f = newIter(cls, IterKind.FILTER, it);
    f.extra = load<u64>(args);
    return fromObj(f);
  }
  if (cls === IT.reversed) {
    if (!noKeywords("reversed", kwnames) || !checkPositional("reversed", nargs, 1, 1)) return ERR;
    return reversedOf(load<u64>(args));
  }
  return typeError("cannot create '" + cls.name + "' instances");
}

export function reversedOf(seq: Value): Value {
  const t = typeOf(seq);
  const rm = t.lookup(N.__reversed__);
  if (rm != NULL && !(isPtr(rm) && objOf(rm).cls === T.builtin)) {
    const r = callSpecial0(seq, N.__reversed__);
    return r;
  }
  if (t.kind == Kind.LIST) {
    const it = newIter(IT.reversedList, IterKind.REVERSED_LIST, seq);
    it.index = changetype<PyList>(objOf(seq)).length - 1;
    return fromObj(it);
  }
  if (t.kind == Kind.RANGE) {
    const r = changetype<PyRange>(objOf(seq));
    const it = newIter(IT.range, IterKind.RANGE, seq);
    it.index = r.start + (r.length - 1) * r.step;
    it.step = -r.step;
    it.stop = r.length;
    return fromObj(it);
  }
  if (t.kind == Kind.DICT || t.kind == Kind.DICT_VIEW) return dictReversed(seq);
  if (t.lookup(N.__getitem__) == NULL && t.kind != Kind.TUPLE && t.kind != Kind.STR && t.kind != Kind.BYTES && t.kind != Kind.BYTEARRAY) {
    return typeError("'" + t.name + "' object is not reversible");
  }
  const n = length(seq);
  if (n < 0) return ERR;
  const it = newIter(IT.reversed, IterKind.REVERSED_SEQ, seq);
  it.index = n - 1;
  return fromObj(it);
}

import { dictReversed, mergeFromPairs } from "./methods/dict";
