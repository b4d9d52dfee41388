// Subscription: o[k], o[k] = v, del o[k] and slices, for builtin containers and user
// classes (__getitem__/__setitem__/__delitem__, __class_getitem__, dict __missing__).
import {
  Value, NULL, NONE, ERR, isSmallInt, smallOf, fromSmall, fromObj, objOf, isPtr,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, newStr } from "../objects/str";
import { PyTuple, PyList, emptyTuple } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyBytes, bytesFromMemory } from "../objects/bytes";
import { PyRange, PySlice, SliceBounds, rangeLength } from "../objects/range";
import { E } from "../objects/exceptions";
import { isIntValue, intFitsI64, intToI64, intSign, intFromI64, intAdd, intMul, toBig, intCompare } from "../objects/int";
import { rangeLengthValue } from "./compare";
import { N } from "./names";
import { raise, raiseWith, typeError, typeName } from "./errors";
import { callFound1, callSpecial1, callSpecial2, index, NO_BUILTIN } from "./abstract";
import { charString } from "./iter";
import { call1 } from "../vm/call";
import { listSetSlice, listDelSlice } from "./collections";
import { bytearraySetSlice, bytearrayDelSlice, bytearrayDelIndex } from "./methods/bytes";

export function newSlice(start: Value, stop: Value, step: Value): Value {
  return fromObj(new PySlice(start, stop, step));
}

// Clamp an index value for slicing: ints beyond i64 saturate, as CPython's _PyEval_SliceIndex.
function sliceIndexValue(v: Value, out: StaticArray<i64>, which: i32): bool {
  let iv = v;
  if (!isIntValue(iv)) {
    const t = typeOf(iv);
    if (t.lookup(N.__index__) == NULL) {
      typeError("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    iv = index(iv);
    if (iv == ERR) return false;
  }
  if (intFitsI64(iv)) unchecked((out[which] = intToI64(iv)));
  else unchecked((out[which] = intSign(iv) < 0 ? i64.MIN_VALUE + 1 : i64.MAX_VALUE));
  return true;
}

// PySlice_Unpack + PySlice_AdjustIndices. 0 ok, -1 error.
export function sliceIndices(s: PySlice, len: i64, out: SliceBounds): i32 {
  const tmp = new StaticArray<i64>(3);
  let step: i64 = 1;
  if (s.step != NONE) {
    if (!sliceIndexValue(s.step, tmp, 2)) return -1;
    step = tmp[2];
    if (step == 0) {
      raise(E.ValueError, "slice step cannot be zero");
      return -1;
    }
    if (step < -i64.MAX_VALUE) step = -i64.MAX_VALUE;
  }
  let start: i64, stop: i64;
  if (s.start == NONE) start = step < 0 ? i64.MAX_VALUE : 0;
  else {
    if (!sliceIndexValue(s.start, tmp, 0)) return -1;
    start = tmp[0];
  }
  if (s.stop == NONE) stop = step < 0 ? i64.MIN_VALUE + 1 : i64.MAX_VALUE;
  else {
    if (!sliceIndexValue(s.stop, tmp, 1)) return -1;
    stop = tmp[1];
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n: i64 = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) n = (stop - start - 1) / step + 1;
  out.start = start;
  out.stop = stop;
  out.step = step;
  out.length = n;
  return 0;
}

// Index a sequence of length len: returns the position, or -1 with IndexError/TypeError set.
// `outOfRange` is the IndexError message (item assignment words it differently).
function seqIndex(key: Value, len: i64, what: string, t: PyType, outOfRange: string = ""): i64 {
  let k = key;
  if (!isSmallInt(k) && !isIntValue(k)) {
    const kt = typeOf(k);
    if (kt.lookup(N.__index__) == NULL) {
      if (what == "string") typeError("string indices must be integers, not '" + kt.name + "'");
      else typeError(what + " indices must be integers or slices, not " + kt.name);
      return -1;
    }
    k = index(k);
    if (k == ERR) return -1;
  }
  if (!intFitsI64(k)) {
    raise(E.IndexError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  let i = intToI64(k);
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    raise(E.IndexError, outOfRange.length > 0 ? outOfRange : what + " index out of range");
    return -1;
  }
  return i;
}

// bytes indexing has its own wording ("index out of range", "byte indices must be …").
function bytesIndex(key: Value, len: i64): i64 {
  if (!isIntValue(key) && typeOf(key).lookup(N.__index__) == NULL) {
    typeError("byte indices must be integers or slices, not " + typeName(key));
    return -1;
  }
  const k = index(key);
  if (k == ERR) return -1;
  let i = intFitsI64(k) ? intToI64(k) : i64.MAX_VALUE;
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    raise(E.IndexError, "index out of range");
    return -1;
  }
  return i;
}

// r[i] for a range whose length does not fit i64.
function bigRangeItem(r: PyRange, key: Value): Value {
  const k = index(key);
  if (k == ERR) return ERR;
  const n = rangeLengthValue(r);
  let i = k;
  if (intSign(i) < 0) i = intAdd(i, n);
  if (intSign(i) < 0 || intCompare(i, n) >= 0) return raise(E.IndexError, "range object index out of range");
  return intAdd(r.startV, intMul(i, r.stepV));
}

function isSlice(v: Value): bool {
  return isPtr(v) && objOf(v).cls === T.slice;
}

export function getItem(o: Value, key: Value): Value {
  if (!isPtr(o)) return notSubscriptable(o);
  const t = changetype<PyType>(objOf(o).cls);
  if (t.flags & TypeFlag.HEAP) {
    const m = t.lookup(N.__getitem__);
    if (m != NULL && !(isPtr(m) && objOf(m).cls === T.builtin)) return callFound1(m, o, key);
  }
  const r = builtinGetItem(o, key);
  if (r != NULL) return r;
  const m = t.lookup(N.__getitem__);
  if (m != NULL) return callFound1(m, o, key);
  return notSubscriptable(o);
}

// o[key] as builtin types define it, without looking for a user __getitem__ (what
// str.__getitem__ & co. run; a dict subclass's __missing__ still applies, as in CPython).
// NULL when o's kind has no builtin subscript.
export function builtinGetItem(o: Value, key: Value): Value {
  if (!isPtr(o)) return NULL;
  const obj = objOf(o);
  const t = changetype<PyType>(obj.cls);
  switch (t.kind) {
    case Kind.LIST: {
      const l = changetype<PyList>(obj);
      if (isSmallInt(key)) {
        let i = smallOf(key);
        if (i < 0) i += l.length;
        if (i >= 0 && i < l.length) return l.get(<i32>i);
        return raise(E.IndexError, "list index out of range");
      }
      if (isSlice(key)) return sliceItems(l.items, changetype<PySlice>(objOf(key)), true);
      const i = seqIndex(key, l.length, "list", t);
      return i < 0 ? ERR : l.get(<i32>i);
    }
    case Kind.TUPLE: {
      const tup = changetype<PyTuple>(obj);
      if (isSmallInt(key)) {
        let i = smallOf(key);
        if (i < 0) i += tup.length;
        if (i >= 0 && i < tup.length) return tup.get(<i32>i);
        return raise(E.IndexError, "tuple index out of range");
      }
      if (isSlice(key)) return sliceItems(tup.items, changetype<PySlice>(objOf(key)), false, t === T.tuple ? o : NULL);
      const i = seqIndex(key, tup.length, "tuple", t);
      return i < 0 ? ERR : tup.get(<i32>i);
    }
    case Kind.DICT: {
      const d = changetype<PyDict>(obj);
      const r = d.getItem(key);
      if (r == NULL) {
        if (t !== T.dict) {
          const miss = t.lookup(N.__missing__);
          if (miss != NULL) return callFound1(miss, o, key);
        }
        return raiseWith(E.KeyError, key);
      }
      return r;
    }
    case Kind.STR: {
      const s = changetype<PyStr>(obj);
      if (isSlice(key)) return strSlice(s, changetype<PySlice>(objOf(key)));
      const i = seqIndex(key, s.length, "string", t);
      if (i < 0) return ERR;
      if (!s.isAstral()) return fromObj(charString(s.s.charCodeAt(<i32>i)));
      return fromObj(newStr(String.fromCodePoint(<i32>s.codePointAt(<i32>i))));
    }
    case Kind.BYTES:
    case Kind.BYTEARRAY: {
      const b = changetype<PyBytes>(obj);
      if (isSlice(key)) {
        const sb = new SliceBounds();
        if (sliceIndices(changetype<PySlice>(objOf(key)), b.length, sb) < 0) return ERR;
        const out = new StaticArray<u8>(<i32>sb.length);
        let p = sb.start;
        for (let k = 0; k < <i32>sb.length; k++, p += sb.step) unchecked((out[k] = b.at(<i32>p)));
        return fromObj(new PyBytes(out, <i32>sb.length, t.kind == Kind.BYTEARRAY));
      }
      const i = t.kind == Kind.BYTES ? bytesIndex(key, b.length) : seqIndex(key, b.length, "bytearray", t);
      if (i < 0) return ERR;
      return fromSmall(<i64>b.at(<i32>i));
    }
    case Kind.RANGE: {
      const r = changetype<PyRange>(obj);
      if (isSlice(key)) {
        const sb = new SliceBounds();
        if (sliceIndices(changetype<PySlice>(objOf(key)), r.length, sb) < 0) return ERR;
        // CPython's compute_slice: the slice's own stop mapped through the range
        const start = r.start + sb.start * r.step;
        const step = r.step * sb.step;
        const stop = r.start + sb.stop * r.step;
        const nr = new PyRange(intFromI64(start), intFromI64(stop), intFromI64(step));
        nr.start = start;
        nr.step = step;
        nr.length = sb.length;
        return fromObj(nr);
      }
      if (r.length < 0 && !isSlice(key)) return bigRangeItem(r, key);
      const i = seqIndex(key, r.length, "range", t, "range object index out of range");
      if (i < 0) return ERR;
      return intFromI64(r.itemAt(i));
    }
    case Kind.MAPPING_PROXY:
      return getItem(fromObj(obj.dict!), key);
    case Kind.TYPE: {
      const cls = changetype<PyType>(obj);
      const cg = cls.lookup(N.__class_getitem__);
      if (cg != NULL) {
        if (isPtr(cg) && objOf(cg).cls === T.function) return call2Func(cg, o, key);
        return callBoundClass(cg, o, key);
      }
      if (cls === T.type) return o;
      return typeError("type '" + cls.name + "' is not subscriptable");
    }
  }
  return NULL;
}

import { call2 } from "../vm/call";
import { bindDescriptor } from "./abstract";
function call2Func(f: Value, a: Value, b: Value): Value {
  return call2(f, a, b);
}

function callBoundClass(m: Value, cls: Value, key: Value): Value {
  const b = bindDescriptor(m, cls, changetype<PyType>(objOf(cls)));
  if (b == ERR) return ERR;
  return call1(b, key);
}

function notSubscriptable(o: Value): Value {
  return typeError("'" + typeName(o) + "' object is not subscriptable");
}

// items[s] as a new list or tuple. `whole`: an exact tuple holding the items, returned itself
// for a slice covering all of it (as CPython does), or NULL.
function sliceItems(items: ValueArray, s: PySlice, asList: bool, whole: Value = NULL): Value {
  const sb = new SliceBounds();
  if (sliceIndices(s, items.length, sb) < 0) return ERR;
  const n = <i32>sb.length;
  if (whole != NULL && sb.step == 1 && n == items.length) return whole;
  if (asList) {
    const l = new PyList(n);
    if (sb.step == 1) {
      if (n > 0) memory.copy(l.items.data, items.data + (<usize>sb.start << 3), <usize>n << 3);
    } else {
      let p = sb.start;
      for (let k = 0; k < n; k++, p += sb.step) l.set(k, items.get(<i32>p));
    }
    return fromObj(l);
  }
  if (n == 0) return fromObj(emptyTuple());
  const tup = new PyTuple(n);
  let p = sb.start;
  for (let k = 0; k < n; k++, p += sb.step) tup.set(k, items.get(<i32>p));
  return fromObj(tup);
}

function strSlice(s: PyStr, sl: PySlice): Value {
  const sb = new SliceBounds();
  if (sliceIndices(sl, s.length, sb) < 0) return ERR;
  const n = <i32>sb.length;
  if (sb.step == 1) return fromObj(newStr(s.slice(<i32>sb.start, <i32>sb.start + n)));
  let out = "";
  let p = sb.start;
  for (let k = 0; k < n; k++, p += sb.step) out += String.fromCodePoint(<i32>s.codePointAt(<i32>p));
  return fromObj(newStr(out));
}

export function setItem(o: Value, key: Value, value: Value): i32 {
  if (isPtr(o)) {
    const t = changetype<PyType>(objOf(o).cls);
    if (t.flags & TypeFlag.HEAP) {
      const m = t.lookup(N.__setitem__);
      if (m != NULL && !(isPtr(m) && objOf(m).cls === T.builtin)) return callSpecial2(o, N.__setitem__, key, value) == ERR ? -1 : 0;
    }
    const r = builtinSetItem(o, key, value);
    if (r != NO_BUILTIN) return r;
    const m = t.lookup(N.__setitem__);
    if (m != NULL) return callSpecial2(o, N.__setitem__, key, value) == ERR ? -1 : 0;
  }
  typeError("'" + typeName(o) + "' object does not support item assignment");
  return -1;
}

// o[key] = value as builtin types define it, without looking for a user __setitem__ (what
// list.__setitem__ & co. run): 0, -1 with an exception set, or NO_BUILTIN when o's kind has
// no builtin item assignment.
export function builtinSetItem(o: Value, key: Value, value: Value): i32 {
  if (!isPtr(o)) return NO_BUILTIN;
  const obj = objOf(o);
  const t = changetype<PyType>(obj.cls);
  switch (t.kind) {
    case Kind.LIST: {
      const l = changetype<PyList>(obj);
      if (isSlice(key)) return listSetSlice(l, changetype<PySlice>(objOf(key)), value);
      const i = seqIndex(key, l.length, "list", t, "list assignment index out of range");
      if (i < 0) return -1;
      l.set(<i32>i, value);
      return 0;
    }
    case Kind.DICT:
      return changetype<PyDict>(obj).setItem(key, value);
    case Kind.BYTEARRAY: {
      const b = changetype<PyBytes>(obj);
      if (isSlice(key)) return bytearraySetSlice(b, changetype<PySlice>(objOf(key)), value);
      const i = seqIndex(key, b.length, "bytearray", t);
      if (i < 0) return -1;
      if (!isIntValue(value) || !intFitsI64(value) || intToI64(value) < 0 || intToI64(value) > 255) {
        if (!isIntValue(value)) typeError("'" + typeName(value) + "' object cannot be interpreted as an integer");
        else raise(E.ValueError, "byte must be in range(0, 256)");
        return -1;
      }
      unchecked((b.data[<i32>i] = <u8>intToI64(value)));
      return 0;
    }
  }
  return NO_BUILTIN;
}

export function delItem(o: Value, key: Value): i32 {
  if (isPtr(o)) {
    const t = changetype<PyType>(objOf(o).cls);
    if (t.flags & TypeFlag.HEAP) {
      const m = t.lookup(N.__delitem__);
      if (m != NULL && !(isPtr(m) && objOf(m).cls === T.builtin)) return callSpecial1(o, N.__delitem__, key) == ERR ? -1 : 0;
    }
    const r = builtinDelItem(o, key);
    if (r != NO_BUILTIN) return r;
    const m = t.lookup(N.__delitem__);
    if (m != NULL) return callSpecial1(o, N.__delitem__, key) == ERR ? -1 : 0;
  }
  typeError("'" + typeName(o) + "' object doesn't support item deletion");
  return -1;
}

// del o[key] as builtin types define it, without looking for a user __delitem__ (what
// list.__delitem__ & co. run): 0, -1 with an exception set, or NO_BUILTIN.
export function builtinDelItem(o: Value, key: Value): i32 {
  if (!isPtr(o)) return NO_BUILTIN;
  const obj = objOf(o);
  const t = changetype<PyType>(obj.cls);
  switch (t.kind) {
    case Kind.LIST: {
      const l = changetype<PyList>(obj);
      if (isSlice(key)) return listDelSlice(l, changetype<PySlice>(objOf(key)));
      const i = seqIndex(key, l.length, "list", t, "list assignment index out of range");
      if (i < 0) return -1;
      const items = l.items;
      const n = items.length;
      memory.copy(items.data + (<usize>i << 3), items.data + (<usize>(i + 1) << 3), <usize>(n - <i32>i - 1) << 3);
      items.length = n - 1;
      return 0;
    }
    case Kind.BYTEARRAY: {
      const b = changetype<PyBytes>(obj);
      if (isSlice(key)) return bytearrayDelSlice(b, changetype<PySlice>(objOf(key)));
      const i = seqIndex(key, b.length, "bytearray", t);
      if (i < 0) return -1;
      return bytearrayDelIndex(b, <i32>i);
    }
    case Kind.DICT: {
      const r = changetype<PyDict>(obj).delItem(key);
      if (r < 0) return -1;
      if (r == 0) {
        raiseWith(E.KeyError, key);
        return -1;
      }
      return 0;
    }
  }
  return NO_BUILTIN;
}

// Clamp a start/stop of a step-1 slice (None or an inline int) to [0, len].
// @ts-ignore: decorator
@inline function clampBound(v: Value, len: i64, dflt: i64): i64 {
  if (v == NONE) return dflt;
  let i = smallOf(v);
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  } else if (i > len) i = len;
  return i;
}

// o[start:stop] (BINARY_SLICE). str, list and tuple with int bounds skip the slice object.
export function getSlice(o: Value, start: Value, stop: Value): Value {
  if (isPtr(o) && (start == NONE || isSmallInt(start)) && (stop == NONE || isSmallInt(stop))) {
    const obj = objOf(o);
    const cls = obj.cls;
    if (cls === T.str) {
      const s = changetype<PyStr>(obj);
      const len = <i64>s.length;
      const a = clampBound(start, len, 0);
      const b = clampBound(stop, len, len);
      return fromObj(newStr(b > a ? s.slice(<i32>a, <i32>b) : ""));
    }
    if (cls === T.list || cls === T.tuple) {
      const items = cls === T.list ? changetype<PyList>(obj).items : changetype<PyTuple>(obj).items;
      const len = <i64>items.length;
      const a = clampBound(start, len, 0);
      const b = clampBound(stop, len, len);
      const n = b > a ? <i32>(b - a) : 0;
      if (cls === T.list) {
        const l = new PyList(n);
        if (n > 0) memory.copy(l.items.data, items.data + (<usize>a << 3), <usize>n << 3);
        return fromObj(l);
      }
      if (n == 0) return fromObj(emptyTuple());
      if (n == items.length) return o;
      const t = new PyTuple(n);
      memory.copy(t.items.data, items.data + (<usize>a << 3), <usize>n << 3);
      return fromObj(t);
    }
  }
  return getItem(o, newSlice(start, stop, NONE));
}

export function setSlice(o: Value, start: Value, stop: Value, value: Value): i32 {
  return setItem(o, newSlice(start, stop, NONE), value);
}
