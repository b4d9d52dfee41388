// Operations over builtin containers used by the VM and the builtins: extend/update from
// any iterable, unpacking, concatenation and repetition, set algebra, slice assignment.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, isSmallInt, smallOf, fromSmall, fromObj, objOf, isPtr, fromBool,
} from "../objects/value";
import { BinOp, CmpOp } from "../common/operators";
import { T, PyType, Kind, typeOf } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyTuple, PyList, emptyTuple, tupleFromMemory } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyBytes } from "../objects/bytes";
import { PySlice, SliceBounds } from "../objects/range";
import { E } from "../objects/exceptions";
import { isIntValue, intFitsI64, intToI64 } from "../objects/int";
import { N } from "./names";
import { raise, raiseWith, typeError, typeName, errorMatches, clearError } from "./errors";
import { getIter, iterNext, iterNextRooted } from "./iter";
import { openRoots, closeRoots } from "../vm/call";
import { getItem, sliceIndices } from "./subscript";
import { callMethod0, funcDescription, index } from "./abstract";
import { richEqual } from "./compare";
import { reserveMemory, memoryCheckpoint } from "./gc";
import { bytearrayInplace } from "./methods/bytes";

// Append every item of an iterable. 0 or -1. forUnpack: error message of `[*x]`.
export function listExtend(l: PyList, iterable: Value, forUnpack: bool): i32 {
  return extend(l, iterable, forUnpack, false);
}

// listExtend for the natives whose only heap values are l and the iterable (list(), tuple(),
// sorted(), list.extend): a generator it drives may collect (see iterNextRooted).
export function listExtendRooted(l: PyList, iterable: Value): i32 {
  return extend(l, iterable, false, true);
}

function extend(l: PyList, iterable: Value, forUnpack: bool, rooted: bool): i32 {
  if (isPtr(iterable)) {
    const o = objOf(iterable);
    if (o.cls === T.list || o.cls === T.tuple) {
      const src = o.cls === T.list ? changetype<PyList>(o).items : changetype<PyTuple>(o).items;
      const n = src.length;
      const items = l.items;
      const old = items.length;
      items.reserve(old + n);
      memory.copy(items.data + (<usize>old << 3), src.data, <usize>n << 3);
      items.length = old + n;
      return 0;
    }
  }
  const it = getIter(iterable);
  if (it == ERR) {
    if (forUnpack && errorMatches(E.TypeError)) {
      clearError();
      typeError("Value after * must be an iterable, not " + typeName(iterable));
    }
    return -1;
  }
  return extendFromIterator(l, it, rooted);
}

// Append every item `it` yields to l: 0, or -1 with an exception set. `rooted`: the caller
// holds no heap values but l and it, which stay rooted while a generator runs.
export function extendFromIterator(l: PyList, it: Value, rooted: bool): i32 {
  if (!rooted) return appendItems(l, it, false);
  const roots = openRoots(2);
  if (roots == 0) return -1;
  store<u64>(roots, fromObj(l));
  store<u64>(roots + 8, it);
  const r = appendItems(l, it, true);
  closeRoots(roots);
  return r;
}

function appendItems(l: PyList, it: Value, rooted: bool): i32 {
  while (true) {
    const v = rooted ? iterNextRooted(it) : iterNext(it);
    if (v == ERR) return -1;
    if (v == NULL) return 0;
    l.append(v);
    if ((l.length & 0xffff) == 0 && !memoryCheckpoint()) return -1;
  }
}

// tuple(v). `rooted`: as listExtendRooted (the tuple() constructor).
export function sequenceToTuple(v: Value, rooted: bool = false): Value {
  if (isPtr(v) && objOf(v).cls === T.tuple) return v;
  const l = new PyList();
  if (extend(l, v, false, rooted) < 0) return ERR;
  return fromObj(tupleFromMemory(l.items.data, l.length));
}

export function isIterable(v: Value): bool {
  const t = typeOf(v);
  if (t.lookup(N.__iter__) != NULL || t.lookup(N.__getitem__) != NULL) return true;
  const k = t.kind;
  return k == Kind.LIST || k == Kind.TUPLE || k == Kind.STR || k == Kind.DICT || k == Kind.SET ||
    k == Kind.FROZENSET || k == Kind.RANGE || k == Kind.BYTES || k == Kind.BYTEARRAY || k == Kind.ITERATOR ||
    k == Kind.GENERATOR || k == Kind.DICT_VIEW;
}

export function setUpdate(s: PySet, iterable: Value): i32 {
  return setUpdateInternal(s, iterable);
}

// dict.update / {**x} (merge=false) and f(**x) (merge=true: duplicate keys are an error
// naming `callable`).
export function dictUpdate(d: PyDict, other: Value, merge: bool, callable: Value): i32 {
  if (isPtr(other) && typeOf(other).kind == Kind.DICT && (typeOf(other) === T.dict || typeOf(other).lookup(N.keys) == NULL || true)) {
    const o = changetype<PyDict>(objOf(other));
    for (let i = o.nextEntry(0); i >= 0; i = o.nextEntry(i + 1)) {
      const k = o.keyAt(i);
      if (merge) {
        if (!(isPtr(k) && typeOf(k).isSubtype(T.str))) {
          typeError("keywords must be strings");
          return -1;
        }
        const existing = d.getItemHashed(k, o.hashAt(i));
        if (existing == ERR) return -1;
        if (existing != NULL) {
          typeError(funcDescription(callable) + " got multiple values for keyword argument '" + changetype<PyStr>(objOf(k)).s + "'");
          return -1;
        }
      }
      if (d.setItemHashed(k, o.hashAt(i), o.valueAt(i)) < 0) return -1;
    }
    return 0;
  }
  // any mapping: keys() then __getitem__
  const t = typeOf(other);
  if (t.lookup(N.keys) == NULL) {
    if (merge) typeError(funcDescription(callable) + " argument after ** must be a mapping, not " + typeName(other));
    else typeError("'" + typeName(other) + "' object is not a mapping");
    return -1;
  }
  const keys = callMethod0(other, N.keys);
  if (keys == ERR) return -1;
  const it = getIter(keys);
  if (it == ERR) return -1;
  while (true) {
    const k = iterNext(it);
    if (k == ERR) return -1;
    if (k == NULL) return 0;
    const v = getItem(other, k);
    if (v == ERR) return -1;
    if (merge) {
      const existing = d.getItem(k);
      if (existing == ERR) return -1;
      if (existing != NULL) {
        typeError(funcDescription(callable) + " got multiple values for keyword argument '" + changetype<PyStr>(objOf(k)).s + "'");
        return -1;
      }
    }
    if (d.setItem(k, v) < 0) return -1;
  }
}

// UNPACK_SEQUENCE (after < 0) / UNPACK_EX: writes items so the first ends on top of the stack.
export function unpackSequence(v: Value, before: i32, after: i32, out: usize): i32 {
  const starred = after >= 0;
  let src: ValueArray | null = null;
  if (isPtr(v)) {
    const o = objOf(v);
    if (o.cls === T.tuple) src = changetype<PyTuple>(o).items;
    else if (o.cls === T.list) src = changetype<PyList>(o).items;
  }
  if (src === null) {
    const it = getIter(v);
    if (it == ERR) {
      if (errorMatches(E.TypeError)) {
        clearError();
        typeError("cannot unpack non-iterable " + typeName(v) + " object");
      }
      return -1;
    }
    const l = new PyList();
    while (true) {
      const x = iterNext(it);
      if (x == ERR) return -1;
      if (x == NULL) break;
      l.append(x);
      if (!starred && l.length > before) {
        raise(E.ValueError, "too many values to unpack (expected " + before.toString() + ")");
        return -1;
      }
    }
    src = l.items;
  }
  const items = src!;
  const n = items.length;
  if (!starred) {
    if (n != before) {
      if (n < before) raise(E.ValueError, "not enough values to unpack (expected " + before.toString() + ", got " + n.toString() + ")");
      else raise(E.ValueError, "too many values to unpack (expected " + before.toString() + ")");
      return -1;
    }
    for (let i = 0; i < n; i++) store<u64>(out + (<usize>(n - 1 - i) << 3), items.get(i));
    return 0;
  }
  if (n < before + after) {
    raise(E.ValueError, "not enough values to unpack (expected at least " + (before + after).toString() + ", got " + n.toString() + ")");
    return -1;
  }
  const total = before + after + 1;
  let w = total - 1;
  for (let i = 0; i < before; i++) store<u64>(out + (<usize>(w--) << 3), items.get(i));
  const mid = new PyList(n - before - after);
  for (let i = before; i < n - after; i++) mid.set(i - before, items.get(i));
  store<u64>(out + (<usize>(w--) << 3), fromObj(mid));
  for (let i = n - after; i < n; i++) store<u64>(out + (<usize>(w--) << 3), items.get(i));
  return 0;
}

// Repetition count of `seq * n` for an int n (negative counts repeat zero times); -1 with
// OverflowError when n does not fit an index, whatever its sign, as PyNumber_AsSsize_t.
export function repeatCount(n: Value): i64 {
  if (!intFitsI64(n)) {
    raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  const c = intToI64(n);
  return c < 0 ? 0 : c;
}

function repeatItems(items: ValueArray, count: i64, asList: bool): Value {
  const n = items.length;
  const total = <i64>n * count;
  if (total > 0x0fff_ffff || (total > 8192 && !reserveMemory(<f64>total * 8))) return raise(E.MemoryError, "");
  const t = <i32>total;
  if (asList) {
    const l = new PyList(t);
    for (let k = 0; k < <i32>count; k++) memory.copy(l.items.data + (<usize>(k * n) << 3), items.data, <usize>n << 3);
    return fromObj(l);
  }
  if (t == 0) return fromObj(emptyTuple());
  const tup = new PyTuple(t);
  for (let k = 0; k < <i32>count; k++) memory.copy(tup.items.data + (<usize>(k * n) << 3), items.data, <usize>n << 3);
  return fromObj(tup);
}

function concat(a: ValueArray, b: ValueArray, asList: bool): Value {
  const n = a.length + b.length;
  if (n > 0x4000 && !reserveMemory(<f64>n * 8)) return ERR;
  if (asList) {
    const l = new PyList(n);
    memory.copy(l.items.data, a.data, <usize>a.length << 3);
    memory.copy(l.items.data + (<usize>a.length << 3), b.data, <usize>b.length << 3);
    return fromObj(l);
  }
  if (n == 0) return fromObj(emptyTuple());
  const t = new PyTuple(n);
  memory.copy(t.items.data, a.data, <usize>a.length << 3);
  memory.copy(t.items.data + (<usize>a.length << 3), b.data, <usize>b.length << 3);
  return fromObj(t);
}

function itemsOf(o: PyObject, k: Kind): ValueArray {
  return k == Kind.LIST ? changetype<PyList>(o).items : changetype<PyTuple>(o).items;
}

// list/tuple/set/dict operators (str and bytes are in strops.ts); NOTIMPL for pairs these
// types do not handle (number.ts words the TypeError once both operands declined).
export function sequenceBinary(a: Value, b: Value, kind: i32): Value {
  if (!isPtr(a) && !isPtr(b)) return NOTIMPL;
  const ka = isPtr(a) ? typeOf(a).kind : Kind.OBJECT;
  const kb = isPtr(b) ? typeOf(b).kind : Kind.OBJECT;
  if (kind == BinOp.ADD) {
    if (ka == Kind.LIST && kb == Kind.LIST) return concat(itemsOf(objOf(a), ka), itemsOf(objOf(b), kb), true);
    if (ka == Kind.TUPLE && kb == Kind.TUPLE) return concat(itemsOf(objOf(a), ka), itemsOf(objOf(b), kb), false);
    return NOTIMPL;
  }
  if (kind == BinOp.MULTIPLY) {
    // a non-int operand with __index__ repeats like an int (CPython's sq_repeat via nb_index)
    if ((ka == Kind.LIST || ka == Kind.TUPLE) && !isIntValue(b) && typeOf(b).lookup(N.__index__) != NULL) {
      const nb = index(b);
      if (nb == ERR) return ERR;
      return sequenceBinary(a, nb, kind);
    }
    if ((kb == Kind.LIST || kb == Kind.TUPLE) && !isIntValue(a) && typeOf(a).lookup(N.__index__) != NULL) {
      const na = index(a);
      if (na == ERR) return ERR;
      return sequenceBinary(na, b, kind);
    }
    if ((ka == Kind.LIST || ka == Kind.TUPLE) && isIntValue(b)) {
      const c = repeatCount(b);
      if (c < 0) return ERR;
      return repeatItems(itemsOf(objOf(a), ka), c, ka == Kind.LIST);
    }
    if ((kb == Kind.LIST || kb == Kind.TUPLE) && isIntValue(a)) {
      const c = repeatCount(a);
      if (c < 0) return ERR;
      return repeatItems(itemsOf(objOf(b), kb), c, kb == Kind.LIST);
    }
    return NOTIMPL;
  }
  if (ka == Kind.DICT_VIEW || kb == Kind.DICT_VIEW) return dictViewBinary(a, b, kind);
  const aSet = ka == Kind.SET || ka == Kind.FROZENSET;
  const bSet = kb == Kind.SET || kb == Kind.FROZENSET;
  if (aSet && bSet) return setOperator(a, b, kind);
  if (kind == BinOp.OR && ka == Kind.DICT && kb == Kind.DICT) {
    const d = new PyDict();
    if (dictUpdate(d, a, false, NULL) < 0 || dictUpdate(d, b, false, NULL) < 0) return ERR;
    return fromObj(d);
  }
  return NOTIMPL;
}

// In-place forms that mutate: list and bytearray += and *=, set |= &= -= ^=, dict |=.
export function sequenceInplace(a: Value, b: Value, kind: i32): Value {
  if (!isPtr(a)) return NOTIMPL;
  const o = objOf(a);
  const k = typeOf(a).kind;
  // a repeat count with __index__ counts like an int (sq_inplace_repeat through nb_index)
  if (kind == BinOp.MULTIPLY && (k == Kind.LIST || k == Kind.BYTEARRAY) && !isIntValue(b) && typeOf(b).lookup(N.__index__) != NULL) {
    const n = index(b);
    if (n == ERR) return ERR;
    return sequenceInplace(a, n, kind);
  }
  if (k == Kind.LIST) {
    const l = changetype<PyList>(o);
    if (kind == BinOp.ADD) {
      if (listExtend(l, b, false) < 0) return ERR;
      return a;
    }
    if (kind == BinOp.MULTIPLY && isIntValue(b)) {
      const c = repeatCount(b);
      if (c < 0) return ERR;
      const r = repeatItems(l.items, c, true);
      if (r == ERR) return ERR;
      l.items = changetype<PyList>(objOf(r)).items;
      return a;
    }
    return NOTIMPL;
  }
  if (k == Kind.BYTEARRAY) return bytearrayInplace(changetype<PyBytes>(o), a, b, kind);
  if (k == Kind.SET) return setInplaceOperator(a, b, kind);
  if (k == Kind.DICT && kind == BinOp.OR) {
    if (dictUpdateArg(changetype<PyDict>(o), b) < 0) return ERR;
    return a;
  }
  return NOTIMPL;
}

// Is every element of a in b? 1/0/-1
function isSubset(a: PySet, b: PySet): i32 {
  if (a.used > b.used) return 0;
  for (let i = a.nextSlot(0); i >= 0; i = a.nextSlot(i + 1)) {
    const j = b.find(a.keyAt(i), a.hashAt(i));
    if (j == -2) return -1;
    if (j < 0) return 0;
  }
  return 1;
}

export function setCompare(a: PySet, b: PySet, op: i32): Value {
  switch (op) {
    case CmpOp.EQ:
    case CmpOp.NE: {
      if (a.used != b.used) return fromBool(op == CmpOp.NE);
      const r = isSubset(a, b);
      if (r < 0) return ERR;
      return fromBool((r == 1) == (op == CmpOp.EQ));
    }
    case CmpOp.LE: {
      const r = isSubset(a, b);
      return r < 0 ? ERR : fromBool(r == 1);
    }
    case CmpOp.GE: {
      const r = isSubset(b, a);
      return r < 0 ? ERR : fromBool(r == 1);
    }
    case CmpOp.LT: {
      if (a.used >= b.used) return FALSE;
      const r = isSubset(a, b);
      return r < 0 ? ERR : fromBool(r == 1);
    }
    case CmpOp.GT: {
      if (a.used <= b.used) return FALSE;
      const r = isSubset(b, a);
      return r < 0 ? ERR : fromBool(r == 1);
    }
  }
  return NOTIMPL;
}

// l[slice] = iterable
export function listSetSlice(l: PyList, s: PySlice, value: Value): i32 {
  const sb = new SliceBounds();
  if (sliceIndices(s, l.length, sb) < 0) return -1;
  const src = new PyList();
  if (listExtend(src, value, false) < 0) {
    if (errorMatches(E.TypeError)) {
      clearError();
      typeError(sb.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    return -1;
  }
  const n = src.length;
  if (sb.step == 1) {
    const start = <i32>sb.start;
    let stop = <i32>sb.stop;
    if (stop < start) stop = start;
    const items = l.items;
    const old = items.length;
    const newLen = old - (stop - start) + n;
    const fresh = new ValueArray();
    fresh.reserve(newLen);
    memory.copy(fresh.data, items.data, <usize>start << 3);
    memory.copy(fresh.data + (<usize>start << 3), src.items.data, <usize>n << 3);
    memory.copy(fresh.data + (<usize>(start + n) << 3), items.data + (<usize>stop << 3), <usize>(old - stop) << 3);
    fresh.length = newLen;
    l.items = fresh;
    return 0;
  }
  if (<i64>n != sb.length) {
    raise(E.ValueError, "attempt to assign sequence of size " + n.toString() + " to extended slice of size " + sb.length.toString());
    return -1;
  }
  let p = sb.start;
  for (let k = 0; k < n; k++, p += sb.step) l.set(<i32>p, src.get(k));
  return 0;
}

export function listDelSlice(l: PyList, s: PySlice): i32 {
  const sb = new SliceBounds();
  if (sliceIndices(s, l.length, sb) < 0) return -1;
  if (sb.length == 0) return 0;
  const items = l.items;
  const fresh = new ValueArray();
  fresh.reserve(items.length - <i32>sb.length);
  let lo = sb.start, hi = sb.start + (sb.length - 1) * sb.step;
  let step = sb.step;
  if (step < 0) {
    const t = lo;
    lo = hi;
    hi = t;
    step = -step;
  }
  for (let i = 0; i < items.length; i++) {
    const removed = i >= lo && i <= hi && (<i64>i - lo) % step == 0;
    if (!removed) fresh.push(items.get(i));
  }
  l.items = fresh;
  return 0;
}

import { dictViewBinary, dictUpdateArg } from "./methods/dict";
import { setOperator, setInplaceOperator, setUpdateInternal } from "./methods/set";
