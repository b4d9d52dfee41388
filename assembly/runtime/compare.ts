// Rich comparison (CPython's do_richcompare) and hashing (CPython 3.12's algorithms for
// int, float, str, bytes, tuple and frozenset, so dict/set layouts and hash() agree).
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, isSmallInt, smallOf, isFloat, floatOf, fromObj, objOf,
  isPtr, fromBool,
} from "../objects/value";
import { CmpOp, swappedCmp } from "../common/operators";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, strEq, hashBytes } from "../objects/str";
import { PyTuple, PyList } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyBytes } from "../objects/bytes";
import { PyComplex } from "../objects/complex";
import { PyRange, PySlice } from "../objects/range";
import { PyMethod } from "../objects/function";
import { E } from "../objects/exceptions";
import {
  isIntValue, intCompare, intHash, intToF64, toBig, intSub, intAdd, intFloorDiv, intFitsI64, intToI64,
  intFromI64 as fromSmallOrBig,
} from "../objects/int";
import { BigNum } from "../objects/bigint";
import { N } from "./names";
import { raise, typeError, typeName } from "./errors";
import { isTrue, callFound1 } from "./abstract";
import { setCompare } from "./collections";

const CMP_NAMES: string = "__lt__ __le__ __eq__ __ne__ __gt__ __ge__";
const CMP_SYMBOLS: string = "< <= == != > >=";

// @ts-ignore: decorator
@lazy const cmpNames = new Array<PyStr>();

import { intern } from "../objects/str";
// The dunder of rich comparison `op` (__lt__ for CmpOp.LT, ...).
export function cmpName(op: i32): PyStr {
  if (cmpNames.length == 0) {
    const parts = CMP_NAMES.split(" ");
    for (let i = 0; i < parts.length; i++) cmpNames.push(intern(parts[i]));
  }
  return cmpNames[op];
}

function userCmp(t: PyType, op: i32): Value {
  return t.userMethod(cmpName(op));
}

export function richCompare(a: Value, b: Value, op: i32): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if ((ta.flags | tb.flags) & TypeFlag.HEAP) {
    let triedB = false;
    const mb = userCmp(tb, swappedCmp(op));
    if (mb != NULL && ta !== tb && tb.isSubtype(ta)) {
      const r = callFound1(mb, b, a);
      if (r != NOTIMPL) return r;
      triedB = true;
    }
    const ma = userCmp(ta, op);
    if (ma != NULL) {
      const r = callFound1(ma, a, b);
      if (r != NOTIMPL) return r;
    } else {
      const r = builtinCompare(a, b, op);
      if (r != NOTIMPL) return r;
    }
    if (!triedB) {
      if (mb != NULL) {
        const r = callFound1(mb, b, a);
        if (r != NOTIMPL) return r;
      } else if (ta !== tb) {
        const r = builtinCompare(b, a, swappedCmp(op));
        if (r != NOTIMPL) return r;
      }
    }
    // object.__ne__ inverts a user __eq__
    if (op == CmpOp.NE) {
      const eq = userCmp(ta, CmpOp.EQ);
      if (eq != NULL) {
        const r = callFound1(eq, a, b);
        if (r == ERR || r == NOTIMPL) return r == ERR ? ERR : fromBool(a != b);
        const t = isTrue(r);
        if (t < 0) return ERR;
        return fromBool(t == 0);
      }
    }
  } else {
    const r = builtinCompare(a, b, op);
    if (r != NOTIMPL) return r;
  }
  if (op == CmpOp.EQ) return fromBool(a == b);
  if (op == CmpOp.NE) return fromBool(a != b);
  return typeError(
    "'" + CMP_SYMBOLS.split(" ")[op] + "' not supported between instances of '" + ta.name + "' and '" + tb.name + "'",
  );
}

// 1 equal, 0 not, -1 error (identity implies equality, as PyObject_RichCompareBool).
export function richEqual(a: Value, b: Value): i32 {
  if (a == b) return 1;
  if (isSmallInt(a) && isSmallInt(b)) return 0;
  const r = richCompare(a, b, CmpOp.EQ);
  if (r == ERR) return -1;
  if (r == TRUE) return 1;
  if (r == FALSE) return 0;
  return isTrue(r);
}

function cmpResult(c: i32, op: i32): Value {
  switch (op) {
    case CmpOp.LT: return fromBool(c < 0);
    case CmpOp.LE: return fromBool(c <= 0);
    case CmpOp.EQ: return fromBool(c == 0);
    case CmpOp.NE: return fromBool(c != 0);
    case CmpOp.GT: return fromBool(c > 0);
  }
  return fromBool(c >= 0);
}

// Compare an int with a float exactly (no rounding of big ints).
function intFloatCompare(i: Value, x: f64): i32 {
  if (isSmallInt(i)) {
    const fi = <f64>smallOf(i);
    return fi < x ? -1 : fi > x ? 1 : 0;
  }
  return BigNum.compareF64(toBig(i), x);
}

// The comparison builtin types define, without looking for user overrides: what their
// tp_richcompare slots do (and so what str.__lt__ & co. run). NOTIMPL for pairs no builtin
// handles.
export function builtinCompare(a: Value, b: Value, op: i32): Value {
  const aInt = isIntValue(a);
  const bInt = isIntValue(b);
  if (aInt && bInt) return cmpResult(intCompare(a, b), op);
  if (isFloat(a) && isFloat(b)) {
    const x = floatOf(a);
    const y = floatOf(b);
    switch (op) {
      case CmpOp.LT: return fromBool(x < y);
      case CmpOp.LE: return fromBool(x <= y);
      case CmpOp.EQ: return fromBool(x == y);
      case CmpOp.NE: return fromBool(x != y);
      case CmpOp.GT: return fromBool(x > y);
    }
    return fromBool(x >= y);
  }
  if ((aInt && isFloat(b)) || (isFloat(a) && bInt)) {
    const x = isFloat(a) ? floatOf(a) : floatOf(b);
    if (x != x) return fromBool(op == CmpOp.NE);
    let c = aInt ? intFloatCompare(a, floatOf(b)) : -intFloatCompare(b, floatOf(a));
    return cmpResult(c, op);
  }
  if (!isPtr(a) || !isPtr(b)) {
    if (isComplexV(a) || isComplexV(b)) return complexCompare(a, b, op);
    return NOTIMPL;
  }
  const oa = objOf(a);
  const ob = objOf(b);
  const ka = changetype<PyType>(oa.cls).kind;
  const kb = changetype<PyType>(ob.cls).kind;
  if (ka == Kind.STR && kb == Kind.STR) {
    const sa = changetype<PyStr>(oa);
    const sb = changetype<PyStr>(ob);
    if (op == CmpOp.EQ) return fromBool(strEq(sa, sb));
    if (op == CmpOp.NE) return fromBool(!strEq(sa, sb));
    return cmpResult(compareCodePoints(sa.s, sb.s), op);
  }
  if ((ka == Kind.TUPLE && kb == Kind.TUPLE) || (ka == Kind.LIST && kb == Kind.LIST)) {
    const ia = ka == Kind.TUPLE ? changetype<PyTuple>(oa).items : changetype<PyList>(oa).items;
    const ib = kb == Kind.TUPLE ? changetype<PyTuple>(ob).items : changetype<PyList>(ob).items;
    return sequenceCompare(ia, ib, op);
  }
  if ((ka == Kind.BYTES || ka == Kind.BYTEARRAY) && (kb == Kind.BYTES || kb == Kind.BYTEARRAY)) {
    return cmpResult(compareBytes(changetype<PyBytes>(oa), changetype<PyBytes>(ob)), op);
  }
  if (ka == Kind.DICT_VIEW || kb == Kind.DICT_VIEW) return dictViewCompare(a, b, op);
  if ((ka == Kind.SET || ka == Kind.FROZENSET) && (kb == Kind.SET || kb == Kind.FROZENSET)) {
    return setCompare(changetype<PySet>(oa), changetype<PySet>(ob), op);
  }
  if (ka == Kind.DICT && kb == Kind.DICT) {
    if (op != CmpOp.EQ && op != CmpOp.NE) return NOTIMPL;
    const e = dictEqual(changetype<PyDict>(oa), changetype<PyDict>(ob));
    if (e < 0) return ERR;
    return fromBool((e == 1) == (op == CmpOp.EQ));
  }
  if (ka == Kind.RANGE && kb == Kind.RANGE) {
    if (op != CmpOp.EQ && op != CmpOp.NE) return NOTIMPL;
    const e = rangeEqual(changetype<PyRange>(oa), changetype<PyRange>(ob));
    if (e < 0) return ERR;
    return fromBool((e == 1) == (op == CmpOp.EQ));
  }
  if (ka == Kind.COMPLEX || kb == Kind.COMPLEX) return complexCompare(a, b, op);
  if (ka == Kind.SLICE && kb == Kind.SLICE) {
    // slices compare as (start, stop, step) tuples
    const sa = changetype<PySlice>(oa);
    const sb = changetype<PySlice>(ob);
    const ta = new PyTuple(3);
    ta.set(0, sa.start);
    ta.set(1, sa.stop);
    ta.set(2, sa.step);
    const tb = new PyTuple(3);
    tb.set(0, sb.start);
    tb.set(1, sb.stop);
    tb.set(2, sb.step);
    return sequenceCompare(ta.items, tb.items, op);
  }
  if (ka == Kind.METHOD && kb == Kind.METHOD && (op == CmpOp.EQ || op == CmpOp.NE)) {
    // bound methods are equal when they bind the same function to the same object
    const ma = changetype<PyMethod>(oa);
    const mb = changetype<PyMethod>(ob);
    const eq = ma.self == mb.self && richEqual(ma.func, mb.func) == 1;
    return fromBool(eq == (op == CmpOp.EQ));
  }
  return NOTIMPL;
}

function isComplexV(v: Value): bool {
  return isPtr(v) && objOf(v) instanceof PyComplex;
}

function complexCompare(a: Value, b: Value, op: i32): Value {
  if (op != CmpOp.EQ && op != CmpOp.NE) return NOTIMPL;
  let ar: f64 = 0, ai: f64 = 0, br: f64 = 0, bi: f64 = 0;
  if (isComplexV(a)) {
    ar = changetype<PyComplex>(objOf(a)).re;
    ai = changetype<PyComplex>(objOf(a)).im;
  } else if (isFloat(a)) ar = floatOf(a);
  else if (isIntValue(a)) ar = intToF64(a);
  else return NOTIMPL;
  if (isComplexV(b)) {
    br = changetype<PyComplex>(objOf(b)).re;
    bi = changetype<PyComplex>(objOf(b)).im;
  } else if (isFloat(b)) br = floatOf(b);
  else if (isIntValue(b)) br = intToF64(b);
  else return NOTIMPL;
  const eq = ar == br && ai == bi;
  return fromBool(eq == (op == CmpOp.EQ));
}

// Compare by code point (UTF-16 order differs for astral vs. U+E000..U+FFFF).
export function compareCodePoints(a: string, b: string): i32 {
  const n = a.length < b.length ? a.length : b.length;
  const pa = changetype<usize>(a);
  const pb = changetype<usize>(b);
  // skip the common prefix four units at a time
  let i = 0;
  while (i + 4 <= n && load<u64>(pa + (<usize>i << 1)) == load<u64>(pb + (<usize>i << 1))) i += 4;
  for (; i < n; i++) {
    let x = <u32>load<u16>(pa + (<usize>i << 1));
    let y = <u32>load<u16>(pb + (<usize>i << 1));
    if (x == y) continue;
    if (x >= 0xd800 && x < 0xe000 && y >= 0xe000) return 1;
    if (y >= 0xd800 && y < 0xe000 && x >= 0xe000) return -1;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function compareBytes(a: PyBytes, b: PyBytes): i32 {
  const n = a.length < b.length ? a.length : b.length;
  const c = memory.compare(a.ptr, b.ptr, <usize>n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function sequenceCompare(a: ValueArray, b: ValueArray, op: i32): Value {
  const na = a.length;
  const nb = b.length;
  if ((op == CmpOp.EQ || op == CmpOp.NE) && na != nb) return fromBool(op == CmpOp.NE);
  let i = 0;
  for (; i < na && i < nb; i++) {
    const e = richEqual(a.get(i), b.get(i));
    if (e < 0) return ERR;
    if (e == 0) break;
  }
  if (i >= na || i >= nb) return cmpResult(na < nb ? -1 : na > nb ? 1 : 0, op);
  if (op == CmpOp.EQ) return FALSE;
  if (op == CmpOp.NE) return TRUE;
  return richCompare(a.get(i), b.get(i), op);
}

function dictEqual(a: PyDict, b: PyDict): i32 {
  if (a.used != b.used) return 0;
  for (let i = a.nextEntry(0); i >= 0; i = a.nextEntry(i + 1)) {
    const k = a.keyAt(i);
    const v = a.valueAt(i);
    const bv = b.getItemHashed(k, a.hashAt(i));
    if (bv == ERR) return -1;
    if (bv == NULL) return 0;
    const e = richEqual(v, bv);
    if (e <= 0) return e;
  }
  return 1;
}

function rangeEqual(a: PyRange, b: PyRange): i32 {
  if (a === b) return 1;
  const la = rangeLengthValue(a);
  const lb = rangeLengthValue(b);
  if (intCompare(la, lb) != 0) return 0;
  if (isSmallInt(la) && smallOf(la) == 0) return 1;
  if (intCompare(a.startV, b.startV) != 0) return 0;
  if (isSmallInt(la) && smallOf(la) == 1) return 1;
  return intCompare(a.stepV, b.stepV) == 0 ? 1 : 0;
}

// len(range) as an int of any size.
export function rangeLengthValue(r: PyRange): Value {
  if (r.length >= 0) return fromSmallOrBig(r.length);
  // (stop - start + step -/+ 1) // step, clamped at 0
  const step = r.stepV;
  const pos = intCompare(step, fromSmallOrBig(0)) > 0;
  let span = intSub(r.stopV, r.startV);
  span = intAdd(span, intSub(step, fromSmallOrBig(pos ? 1 : -1)));
  const n = intFloorDiv(span, step);
  return intCompare(n, fromSmallOrBig(0)) < 0 ? fromSmallOrBig(0) : n;
}

// ---- hashing ----

const HASH_BITS: i64 = 61;
const HASH_MODULUS: u64 = (<u64>1 << 61) - 1;

export function hashFloat(v: f64): i64 {
  if (!isFinite(v)) {
    if (isNaN(v)) return 0;
    return v > 0 ? 314159 : -314159;
  }
  if (v == Math.floor(v) && Math.abs(v) < 9.2e18) {
    const i = <i64>v;
    const h = i % (<i64>HASH_MODULUS);
    return h == -1 ? -2 : h;
  }
  // frexp
  let e: i32 = 0;
  let m = v;
  let sign: i64 = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  const bits = reinterpret<u64>(m);
  let exp = <i32>((bits >> 52) & 0x7ff);
  if (exp == 0) {
    m *= 18014398509481984.0; // 2**54
    const b2 = reinterpret<u64>(m);
    exp = <i32>((b2 >> 52) & 0x7ff) - 54;
    m = reinterpret<f64>((b2 & 0x800fffffffffffff) | (<u64>1022 << 52));
  } else {
    m = reinterpret<f64>((bits & 0x800fffffffffffff) | (<u64>1022 << 52));
  }
  e = exp - 1022;
  let x: u64 = 0;
  while (m != 0) {
    x = ((x << 28) & HASH_MODULUS) | (x >> (<u64>HASH_BITS - 28));
    m *= 268435456.0;
    e -= 28;
    const y = <u64>m;
    m -= <f64>y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const ee: i64 = e >= 0 ? <i64>e % HASH_BITS : HASH_BITS - 1 - ((-1 - <i64>e) % HASH_BITS);
  x = ((x << <u64>ee) & HASH_MODULUS) | (x >> (<u64>(HASH_BITS - ee)));
  let h = <i64>x * sign;
  return h == -1 ? -2 : h;
}

// xxHash-style accumulation shared by the tuple and slice hashes (CPython's tuplehash).
const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

// @ts-ignore: decorator
@inline function xxLane(acc: u64, h: i64): u64 {
  const a = acc + <u64>h * XXPRIME_2;
  return ((a << 31) | (a >> 33)) * XXPRIME_1;
}

function hashTuple(t: PyTuple): i64 {
  if (t.hash != -1) return t.hash;
  let acc: u64 = XXPRIME_5;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const h = hashValue(t.get(i));
    if (h == -1) return -1;
    acc = xxLane(acc, h);
  }
  acc += <u64>n ^ (XXPRIME_5 ^ 3527539);
  let r = <i64>acc;
  if (r == -1) r = 1546275796;
  t.hash = r;
  return r;
}

// slice_hash (3.12): the tuple hash of (start, stop, step) without the length term.
function hashSlice(sl: PySlice): i64 {
  let acc: u64 = XXPRIME_5;
  for (let i = 0; i < 3; i++) {
    const h = hashValue(i == 0 ? sl.start : i == 1 ? sl.stop : sl.step);
    if (h == -1) return -1;
    acc = xxLane(acc, h);
  }
  const r = <i64>acc;
  return r == -1 ? 1546275796 : r;
}

// @ts-ignore: decorator
@inline function shuffleBits(h: u64): u64 {
  return ((h ^ 89869747) ^ (h << 16)) * 3644798167;
}

function hashFrozenSet(s: PySet): i64 {
  if (s.hash != -1) return s.hash;
  let hash: u64 = 0;
  for (let i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) hash ^= shuffleBits(<u64>s.hashAt(i));
  hash ^= (<u64>s.used + 1) * 1927868237;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069 + 907133923;
  let r = <i64>hash;
  if (r == -1) r = 590923713;
  s.hash = r;
  return r;
}

// Identity hash for objects without value semantics (CPython: address >> 4 rotated).
export function identityHash(v: Value): i64 {
  const p = <u64>(v & 0xffff_ffff);
  return <i64>((p >> 4) | (p << 60));
}

// hash(v), or -1 with TypeError for unhashable values.
export function hashValue(v: Value): i64 {
  if (isSmallInt(v)) {
    const i = smallOf(v);
    return i == -1 ? -2 : i;
  }
  if (isPtr(v)) {
    const t = changetype<PyType>(objOf(v).cls);
    if (t.flags & TypeFlag.HEAP) {
      const h = t.lookup(N.__hash__);
      if (h == NONE) return unhashable(t);
      if (h != NULL && !(isPtr(h) && objOf(h).cls === T.builtin)) {
        const r = callFound0(h, v);
        if (r == ERR) return -1;
        if (!isIntValue(r)) {
          typeError("__hash__ method should return an integer");
          return -1;
        }
        // slot_tp_hash: a result that fits is the hash itself (-1 excepted), a larger one is
        // hashed as an int
        if (!intFitsI64(r)) return intHash(r);
        const i = intToI64(r);
        return i == -1 ? -2 : i;
      }
    }
  }
  return builtinHash(v);
}

// The hash builtin types compute, without looking for a user __hash__ (what str.__hash__ &
// co. run on subclass instances); -1 with TypeError for unhashable builtin kinds.
export function builtinHash(v: Value): i64 {
  if (isSmallInt(v)) {
    const i = smallOf(v);
    return i == -1 ? -2 : i;
  }
  if (isFloat(v)) return hashFloat(floatOf(v));
  if (v == TRUE) return 1;
  if (v == FALSE) return 0;
  if (!isPtr(v)) return <i64>(v & 0xffff) * 0x9e3779b1 + 0x1234;
  const o = objOf(v);
  const t = changetype<PyType>(o.cls);
  switch (t.kind) {
    case Kind.STR:
      return changetype<PyStr>(o).getHash();
    case Kind.INT:
      return intHash(v);
    case Kind.TUPLE:
      return hashTuple(changetype<PyTuple>(o));
    case Kind.BYTES: {
      const b = changetype<PyBytes>(o);
      if (b.hash == -1) b.hash = hashBytes(b.ptr, b.length);
      return b.hash;
    }
    case Kind.FROZENSET:
      return hashFrozenSet(changetype<PySet>(o));
    case Kind.COMPLEX: {
      const c = changetype<PyComplex>(o);
      let h = <i64>(<u64>hashFloat(c.re) + <u64>1000003 * <u64>hashFloat(c.im));
      return h == -1 ? -2 : h;
    }
    case Kind.DICT_VIEW:
      if (t === T.dictValues) return identityHash(v);
      return unhashable(t);
    case Kind.LIST:
    case Kind.DICT:
    case Kind.SET:
    case Kind.BYTEARRAY:
      return unhashable(t);
    case Kind.RANGE: {
      // range_hash: (len, start, step), with None where the range does not depend on it
      const r = changetype<PyRange>(o);
      const tup = new PyTuple(3);
      const n = rangeLengthValue(r);
      tup.set(0, n);
      const isZero = isSmallInt(n) && smallOf(n) == 0;
      const isOne = isSmallInt(n) && smallOf(n) == 1;
      tup.set(1, isZero ? NONE : r.startV);
      tup.set(2, isZero || isOne ? NONE : r.stepV);
      return hashTuple(tup);
    }
    case Kind.SLICE:
      return hashSlice(changetype<PySlice>(o));
  }
  return identityHash(v);
}

import { callFound0 } from "./abstract";

function unhashable(t: PyType): i64 {
  typeError("unhashable type: '" + t.name + "'");
  return -1;
}

import { dictViewCompare } from "./methods/dict";
