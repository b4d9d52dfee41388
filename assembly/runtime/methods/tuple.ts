// Methods of the immutable builtin sequences: tuple, and range.
//
// As in list.ts, slot-like methods (__getitem__, __len__, __contains__, __iter__) act on the
// builtin layout directly so that super() calls from an overriding subclass cannot recurse.
// range membership, index and count are arithmetic for ints (and bools), as in CPython;
// other values are compared item by item.
import {
  Value, NULL, TRUE, FALSE, ERR, fromSmall, fromObj, objOf, isPtr,
} from "../../objects/value";
import { T, PyType, typeOf, Kind } from "../../objects/type";
import { PyTuple } from "../../objects/tuple";
import { strValue } from "../../objects/str";
import { PyRange, PySlice, SliceBounds } from "../../objects/range";
import { E } from "../../objects/exceptions";
import {
  isIntValue, intFitsI64, intToI64, intCompare, intSign, intSub, intMod, intFloorDiv, isIntZero, asIntValue,
} from "../../objects/int";
import { defMethod, defStatic, defClassMethod } from "../../objects/typeinit";
import { N } from "../names";
import { raise, typeError, typeName } from "../errors";
import { richEqual } from "../compare";
import { index } from "../abstract";
import { reprString } from "../repr";
import { getIter, iterNext, IT, IterKind, newIter } from "../iter";
import { sliceIndices } from "../subscript";
import { constructBuiltin, reversedOf } from "../constructors";
import {
  argAt, methNoArgs, methOneArg, methPositional, indexRange, classGetItem, baseRepr, slotArgs,
} from "./list";

// ---- tuple ----

// @ts-ignore: decorator
@inline function selfTuple(args: usize): PyTuple {
  return changetype<PyTuple>(objOf(load<u64>(args)));
}

function tuple_index(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.tuple, "index", args, nargs, kwnames, 1, 3)) return ERR;
  const t = selfTuple(args);
  const bounds = new StaticArray<i64>(2);
  if (!indexRange(args, nargs, t.length, bounds)) return ERR;
  const x = argAt(args, 1);
  const stop = unchecked(bounds[1]);
  for (let i = unchecked(bounds[0]); i < stop && i < <i64>t.length; i++) {
    const eq = richEqual(t.get(<i32>i), x);
    if (eq < 0) return ERR;
    if (eq > 0) return fromSmall(i);
  }
  return raise(E.ValueError, "tuple.index(x): x not in tuple");
}

function tuple_count(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.tuple, "count", args, nargs, kwnames)) return ERR;
  const t = selfTuple(args);
  const x = argAt(args, 1);
  let count: i64 = 0;
  for (let i = 0; i < t.length; i++) {
    const eq = richEqual(t.get(i), x);
    if (eq < 0) return ERR;
    if (eq > 0) count++;
  }
  return fromSmall(count);
}

function tuple_len(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.tuple, "__len__", args, nargs, kwnames, 0)) return ERR;
  return fromSmall(selfTuple(args).length);
}

function tuple_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.tuple, "__contains__", args, nargs, kwnames, 1)) return ERR;
  const t = selfTuple(args);
  const x = argAt(args, 1);
  for (let i = 0; i < t.length; i++) {
    const eq = richEqual(t.get(i), x);
    if (eq < 0) return ERR;
    if (eq > 0) return TRUE;
  }
  return FALSE;
}

function tuple_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.tuple, "__iter__", args, nargs, kwnames, 0)) return ERR;
  return fromObj(newIter(IT.tuple, IterKind.TUPLE, argAt(args, 0)));
}

function tuple_getitem(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.tuple, "__getitem__", args, nargs, kwnames)) return ERR;
  const t = selfTuple(args);
  const key = argAt(args, 1);
  if (isPtr(key) && objOf(key).cls === T.slice) {
    const sb = new SliceBounds();
    if (sliceIndices(changetype<PySlice>(objOf(key)), t.length, sb) < 0) return ERR;
    const n = <i32>sb.length;
    // a full forward slice of an exact tuple is the tuple itself, as in CPython
    if (sb.step == 1 && n == t.length && t.cls === T.tuple) return argAt(args, 0);
    const out = new PyTuple(n);
    let p = sb.start;
    for (let k = 0; k < n; k++, p += sb.step) out.set(k, t.get(<i32>p));
    return fromObj(out);
  }
  if (!isIntValue(key) && typeOf(key).lookup(N.__index__) == NULL) {
    return typeError("tuple indices must be integers or slices, not " + typeName(key));
  }
  const iv = index(key);
  if (iv == ERR) return ERR;
  if (!intFitsI64(iv)) return raise(E.IndexError, "cannot fit 'int' into an index-sized integer");
  let i = intToI64(iv);
  if (i < 0) i += t.length;
  if (i < 0 || i >= <i64>t.length) return raise(E.IndexError, "tuple index out of range");
  return t.get(<i32>i);
}

// tuple.__new__(cls, iterable=()): what a tuple subclass's __new__ reaches through super().
function tuple_new(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const npos = kwnames !== null ? nargs - kwnames.length : nargs;
  if (npos < 1) return typeError("tuple.__new__(): not enough arguments");
  const cls = argAt(args, 0);
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) {
    return typeError("tuple.__new__(X): X is not a type object (" + typeName(cls) + ")");
  }
  const t = changetype<PyType>(objOf(cls));
  if (!t.isSubtype(T.tuple)) {
    return typeError("tuple.__new__(" + t.name + "): " + t.name + " is not a subtype of tuple");
  }
  return constructBuiltin(t, args + 8, nargs - 1, kwnames);
}

function tuple_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.tuple, "__repr__", args, nargs, kwnames, 0)) return ERR;
  const r = baseRepr(argAt(args, 0), T.tuple);
  return r === null ? ERR : strValue(r);
}

// ---- range ----

// @ts-ignore: decorator
@inline function selfRange(args: usize): PyRange {
  return changetype<PyRange>(objOf(load<u64>(args)));
}

// int and bool take the arithmetic paths; int subclasses and everything else compare items.
function isPlainInt(v: Value): bool {
  const t = typeOf(v);
  return t === T.int || t === T.bool;
}

// Is the int x one of r's items?
function rangeHasInt(r: PyRange, x: Value): bool {
  const v = asIntValue(x);
  if (intSign(r.stepV) > 0) {
    if (intCompare(r.startV, v) > 0 || intCompare(v, r.stopV) >= 0) return false;
  } else {
    if (intCompare(r.stopV, v) >= 0 || intCompare(v, r.startV) > 0) return false;
  }
  return isIntZero(intMod(intSub(v, r.startV), r.stepV));
}

// Item-by-item search of a range for a non-int: the position, -1 when absent, -2 on error.
function rangeSearch(rv: Value, x: Value, countAll: bool, counted: StaticArray<i64>): i64 {
  const it = getIter(rv);
  if (it == ERR) return -2;
  let i: i64 = 0;
  let n: i64 = 0;
  while (true) {
    const v = iterNext(it);
    if (v == ERR) return -2;
    if (v == NULL) break;
    const eq = richEqual(v, x);
    if (eq < 0) return -2;
    if (eq > 0) {
      if (!countAll) return i;
      n++;
    }
    i++;
  }
  unchecked((counted[0] = n));
  return -1;
}

function range_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.range, "__contains__", args, nargs, kwnames, 1)) return ERR;
  const x = argAt(args, 1);
  if (isPlainInt(x)) return rangeHasInt(selfRange(args), x) ? TRUE : FALSE;
  const counted = new StaticArray<i64>(1);
  const pos = rangeSearch(argAt(args, 0), x, false, counted);
  if (pos == -2) return ERR;
  return pos >= 0 ? TRUE : FALSE;
}

function range_index(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.range, "index", args, nargs, kwnames)) return ERR;
  const r = selfRange(args);
  const x = argAt(args, 1);
  if (isPlainInt(x)) {
    if (rangeHasInt(r, x)) return intFloorDiv(intSub(asIntValue(x), r.startV), r.stepV);
    const s = reprString(x);
    if (s === null) return ERR;
    return raise(E.ValueError, s! + " is not in range");
  }
  const counted = new StaticArray<i64>(1);
  const pos = rangeSearch(argAt(args, 0), x, false, counted);
  if (pos == -2) return ERR;
  if (pos < 0) return raise(E.ValueError, "sequence.index(x): x not in sequence");
  return fromSmall(pos);
}

function range_count(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.range, "count", args, nargs, kwnames)) return ERR;
  const x = argAt(args, 1);
  if (isPlainInt(x)) return fromSmall(rangeHasInt(selfRange(args), x) ? 1 : 0);
  const counted = new StaticArray<i64>(1);
  if (rangeSearch(argAt(args, 0), x, true, counted) == -2) return ERR;
  return fromSmall(unchecked(counted[0]));
}

function range_len(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.range, "__len__", args, nargs, kwnames, 0)) return ERR;
  const r = selfRange(args);
  if (r.length < 0) return raise(E.OverflowError, "Python int too large to convert to C ssize_t");
  return fromSmall(r.length);
}

function range_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.range, "__iter__", args, nargs, kwnames, 0)) return ERR;
  return getIter(argAt(args, 0));
}

function range_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.range, "__repr__", args, nargs, kwnames, 0)) return ERR;
  const r = reprString(argAt(args, 0));
  return r === null ? ERR : strValue(r);
}

function range_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.range, "__reversed__", args, nargs, kwnames)) return ERR;
  return reversedOf(argAt(args, 0));
}

export function initTupleMethods(): void {
  const t = T.tuple;
  defMethod(t, "index", tuple_index);
  defMethod(t, "count", tuple_count);
  defMethod(t, "__len__", tuple_len);
  defMethod(t, "__contains__", tuple_contains);
  defMethod(t, "__iter__", tuple_iter);
  defMethod(t, "__getitem__", tuple_getitem);
  defStatic(t, "__new__", tuple_new);
  defMethod(t, "__repr__", tuple_repr);
  defClassMethod(t, "__class_getitem__", classGetItem);

  const r = T.range;
  defMethod(r, "__contains__", range_contains);
  defMethod(r, "index", range_index);
  defMethod(r, "count", range_count);
  defMethod(r, "__len__", range_len);
  defMethod(r, "__iter__", range_iter);
  defMethod(r, "__reversed__", range_reversed);
  defMethod(r, "__repr__", range_repr);
}
