// Methods of the immutable builtin sequences: tuple, and range.
//
// The slot wrappers (__getitem__, __len__, __add__, __lt__, ...) are methods/slots.ts's, bound
// to each type at the end of the file: they act on the builtin layout directly, so super()
// calls from an overriding subclass cannot recurse.
// range membership, index and count are arithmetic for ints (and bools), as in CPython;
// other values are compared item by item.
import { Value, NULL, ERR, fromSmall, fromObj, objOf, isPtr } from "../../objects/value";
import { T, PyType, typeOf, Kind } from "../../objects/type";
import { PyTuple, newTuple1 } from "../../objects/tuple";
import { PyRange } from "../../objects/range";
import { E } from "../../objects/exceptions";
import { intCompare, intSign, intSub, intMod, intFloorDiv, isIntZero, asIntValue } from "../../objects/int";
import { defMethod, defStatic, defClassMethod } from "../../objects/typeinit";
import { raise, typeError, typeName } from "../errors";
import { richEqual } from "../compare";
import { index } from "../abstract";
import { reprString } from "../repr";
import { getIter, iterNext } from "../iter";
import { constructBuiltin, reversedOf } from "../constructors";
import { argAt, methNoArgs, methOneArg, methPositional, indexRange, classGetItem } from "./list";
import {
  slotLen, slotContains, slotIter, slotGetItem, slotHash, slotBinary, slotRepeat, slotCompare, slotBool, slotRepr,
} from "./slots";
import { BinOp, CmpOp } from "../../common/operators";

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

// (x,) for x a copy of self as an exact tuple (what pickling a tuple subclass passes __new__).
function tuple_getnewargs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.tuple, "__getnewargs__", args, nargs, kwnames)) return ERR;
  const t = selfTuple(args);
  const copy = new PyTuple(t.length);
  for (let i = 0; i < t.length; i++) copy.set(i, t.get(i));
  return newTuple1(fromObj(copy));
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

// `x in r`: arithmetic for ints and bools, item by item for anything else. 1, 0 or -1.
export function rangeContains(rv: Value, x: Value): i32 {
  if (isPlainInt(x)) return rangeHasInt(changetype<PyRange>(objOf(rv)), x) ? 1 : 0;
  const counted = new StaticArray<i64>(1);
  const pos = rangeSearch(rv, x, false, counted);
  if (pos == -2) return -1;
  return pos >= 0 ? 1 : 0;
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

function range_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.range, "__reversed__", args, nargs, kwnames)) return ERR;
  return reversedOf(argAt(args, 0));
}

// ---- slot wrappers (methods/slots.ts) ----

function tuple_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.tuple, a, n, k); }
function tuple_contains(a: usize, n: i32, k: PyTuple | null): Value { return slotContains(T.tuple, a, n, k); }
function tuple_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.tuple, a, n, k); }
function tuple_getitem(a: usize, n: i32, k: PyTuple | null): Value { return slotGetItem(T.tuple, a, n, k); }
function tuple_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.tuple, a, n, k); }
function tuple_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.tuple, a, n, k); }
function tuple_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.tuple, BinOp.ADD, false, a, n, k); }
function tuple_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.tuple, "__mul__", false, a, n, k); }
function tuple_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.tuple, "__rmul__", false, a, n, k); }
function tuple_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.tuple, CmpOp.LT, a, n, k); }
function tuple_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.tuple, CmpOp.LE, a, n, k); }
function tuple_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.tuple, CmpOp.EQ, a, n, k); }
function tuple_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.tuple, CmpOp.NE, a, n, k); }
function tuple_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.tuple, CmpOp.GT, a, n, k); }
function tuple_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.tuple, CmpOp.GE, a, n, k); }

function range_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.range, a, n, k); }
function range_contains(a: usize, n: i32, k: PyTuple | null): Value { return slotContains(T.range, a, n, k); }
function range_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.range, a, n, k); }
function range_getitem(a: usize, n: i32, k: PyTuple | null): Value { return slotGetItem(T.range, a, n, k); }
function range_bool(a: usize, n: i32, k: PyTuple | null): Value { return slotBool(T.range, a, n, k); }
function range_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.range, a, n, k); }
function range_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.range, a, n, k); }
function range_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.range, CmpOp.LT, a, n, k); }
function range_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.range, CmpOp.LE, a, n, k); }
function range_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.range, CmpOp.EQ, a, n, k); }
function range_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.range, CmpOp.NE, a, n, k); }
function range_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.range, CmpOp.GT, a, n, k); }
function range_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.range, CmpOp.GE, a, n, k); }

export function initTupleMethods(): void {
  const t = T.tuple;
  defMethod(t, "index", tuple_index);
  defMethod(t, "count", tuple_count);
  defMethod(t, "__len__", tuple_len);
  defMethod(t, "__contains__", tuple_contains);
  defMethod(t, "__iter__", tuple_iter);
  defMethod(t, "__getitem__", tuple_getitem);
  defMethod(t, "__hash__", tuple_hash);
  defMethod(t, "__add__", tuple_add);
  defMethod(t, "__mul__", tuple_mul);
  defMethod(t, "__rmul__", tuple_rmul);
  defMethod(t, "__lt__", tuple_lt);
  defMethod(t, "__le__", tuple_le);
  defMethod(t, "__eq__", tuple_eq);
  defMethod(t, "__ne__", tuple_ne);
  defMethod(t, "__gt__", tuple_gt);
  defMethod(t, "__ge__", tuple_ge);
  defMethod(t, "__getnewargs__", tuple_getnewargs);
  defStatic(t, "__new__", tuple_new);
  defMethod(t, "__repr__", tuple_repr);
  defClassMethod(t, "__class_getitem__", classGetItem);

  const r = T.range;
  defMethod(r, "__contains__", range_contains);
  defMethod(r, "index", range_index);
  defMethod(r, "count", range_count);
  defMethod(r, "__len__", range_len);
  defMethod(r, "__iter__", range_iter);
  defMethod(r, "__getitem__", range_getitem);
  defMethod(r, "__bool__", range_bool);
  defMethod(r, "__hash__", range_hash);
  defMethod(r, "__lt__", range_lt);
  defMethod(r, "__le__", range_le);
  defMethod(r, "__eq__", range_eq);
  defMethod(r, "__ne__", range_ne);
  defMethod(r, "__gt__", range_gt);
  defMethod(r, "__ge__", range_ge);
  defMethod(r, "__reversed__", range_reversed);
  defMethod(r, "__repr__", range_repr);
}
