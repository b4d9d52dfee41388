// Methods of dict and of its views (dict_keys, dict_values, dict_items), the views' set
// algebra and comparisons, and dict's reverse iterators.
//
// Semantics follow CPython 3.12's dictobject.c: get/setdefault/pop never consult a subclass's
// __getitem__/__missing__ (only __getitem__ itself does), `dict | x` wants two dicts while
// `d |= x` takes anything dict.update takes, and the set-like views (keys, items) combine
// with any iterable into a new set. dict_values is not set-like: no operators, no __contains__
// (membership iterates), equality by identity.
// Reverse iterators walk a snapshot of the entries taken when they are created.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, fromSmall, fromObj, objOf, isPtr, fromBool,
} from "../../objects/value";
import { T, PyType, Kind, typeOf } from "../../objects/type";
import { PyTuple, PyList, newTuple2 } from "../../objects/tuple";
import { PyDict } from "../../objects/dict";
import { strValue } from "../../objects/str";
import { PySet } from "../../objects/set";
import { E } from "../../objects/exceptions";
import { BinOp, CmpOp, swappedCmp } from "../../common/operators";
import { defMethod, defClassMethod, defAttr } from "../../objects/typeinit";
import { N } from "../names";
import { raise, raiseWith, typeError, errorMatches, clearError } from "../errors";
import { hashValue, richEqual } from "../compare";
import { contains, length, setItem } from "../abstract";
import { getIter, iterNext, IT, IterKind, newIter, newDictView, PyDictView } from "../iter";
import { dictUpdate, sequenceToTuple } from "../collections";
import { dictInit } from "../constructors";
import { call0 } from "../../vm/call";
import { reprString } from "../repr";
import {
  argAt, checkSelf, methNoArgs, methOneArg, methPositional, positionalCount, classGetItem, makeLateType,
} from "./list";
import {
  slotArgs, slotSelf, slotSetItem, slotDelItem, slotLen, slotIter, slotBinary, slotInplace, slotCompare, slotRepr,
} from "./slots";
import { builtinContains } from "../abstract";
import { builtinGetItem } from "../subscript";
import {
  isAnySet, setUpdateInternal, setDifferenceUpdate, setSymmetricDifferenceUpdate, setIntersection,
} from "./set";

// dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator
class ReverseIteratorTypes {
  keys: PyType = changetype<PyType>(0);
  values: PyType = changetype<PyType>(0);
  items: PyType = changetype<PyType>(0);
}
const RIT = new ReverseIteratorTypes();

const VIEW_KEYS: i32 = 0;
const VIEW_VALUES: i32 = 1;
const VIEW_ITEMS: i32 = 2;

// @ts-ignore: decorator
@inline function selfDict(args: usize): PyDict {
  return changetype<PyDict>(objOf(load<u64>(args)));
}

function isDict(v: Value): bool {
  return isPtr(v) && typeOf(v).kind == Kind.DICT;
}

// ---- update ----

// d.update(seq) for an iterable of pairs (PyDict_MergeFromSeq2). 0 or -1.
export function mergeFromPairs(d: PyDict, seq: Value): i32 {
  const it = getIter(seq);
  if (it == ERR) return -1;
  let i = 0;
  while (true) {
    const item = iterNext(it);
    if (item == ERR) return -1;
    if (item == NULL) return 0;
    const pair = sequenceToTuple(item);
    if (pair == ERR) {
      if (errorMatches(E.TypeError)) {
        clearError();
        typeError("cannot convert dictionary update sequence element #" + i.toString() + " to a sequence");
      }
      return -1;
    }
    const p = changetype<PyTuple>(objOf(pair));
    if (p.length != 2) {
      const what = "dictionary update sequence element #" + i.toString();
      raise(E.ValueError, what + " has length " + p.length.toString() + "; 2 is required");
      return -1;
    }
    if (d.setItem(p.get(0), p.get(1)) < 0) return -1;
    i++;
  }
}

// d.update(arg) without keywords (dict_update_arg): a mapping, or an iterable of pairs. 0 or -1.
export function dictUpdateArg(d: PyDict, arg: Value): i32 {
  if (isDict(arg) || typeOf(arg).lookup(N.keys) != NULL) return dictUpdate(d, arg, false, NULL);
  return mergeFromPairs(d, arg);
}

// A plain-dict copy (PyDict_Copy): live entries in order, hashes reused.
export function dictCopy(src: PyDict): PyDict {
  const d = new PyDict(src.used);
  for (let i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) d.insertNew(src.keyAt(i), src.hashAt(i), src.valueAt(i));
  return d;
}

// ---- dict methods ----

function dict_keys(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "keys", args, nargs, kwnames)) return ERR;
  return newDictView(T.dictKeys, selfDict(args), VIEW_KEYS);
}

function dict_values(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "values", args, nargs, kwnames)) return ERR;
  return newDictView(T.dictValues, selfDict(args), VIEW_VALUES);
}

function dict_items(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "items", args, nargs, kwnames)) return ERR;
  return newDictView(T.dictItems, selfDict(args), VIEW_ITEMS);
}

function dict_get(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.dict, "get", args, nargs, kwnames, 1, 2)) return ERR;
  const r = selfDict(args).getItem(argAt(args, 1));
  if (r == ERR) return ERR;
  if (r != NULL) return r;
  return nargs > 2 ? argAt(args, 2) : NONE;
}

function dict_setdefault(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.dict, "setdefault", args, nargs, kwnames, 1, 2)) return ERR;
  const d = selfDict(args);
  const key = argAt(args, 1);
  const h = hashValue(key);
  if (h == -1) return ERR;
  const r = d.getItemHashed(key, h);
  if (r == ERR) return ERR;
  if (r != NULL) return r;
  const dflt = nargs > 2 ? argAt(args, 2) : NONE;
  if (d.setItemHashed(key, h, dflt) < 0) return ERR;
  return dflt;
}

function dict_pop(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.dict, "pop", args, nargs, kwnames, 1, 2)) return ERR;
  const d = selfDict(args);
  const key = argAt(args, 1);
  // an empty dict answers without hashing the key, as CPython does
  if (d.used > 0) {
    const h = hashValue(key);
    if (h == -1) return ERR;
    const ix = d.find(key, h);
    if (ix == -2) return ERR;
    if (ix >= 0) {
      const v = d.valueAt(ix);
      d.removeAt(ix);
      return v;
    }
  }
  if (nargs > 2) return argAt(args, 2);
  return raiseWith(E.KeyError, key);
}

function dict_popitem(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "popitem", args, nargs, kwnames)) return ERR;
  const d = selfDict(args);
  if (d.used == 0) return raise(E.KeyError, "popitem(): dictionary is empty");
  let ix = d.count - 1;
  while (d.keyAt(ix) == NULL) ix--;
  const r = newTuple2(d.keyAt(ix), d.valueAt(ix));
  d.removeAt(ix);
  // the popped entry was the last one: its slot is free again (CPython's dk_nentries = i)
  d.count = ix;
  d.entries.length = ix * 2;
  return r;
}

function dict_update(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkSelf(T.dict, "update", args, nargs, kwnames)) return ERR;
  const npos = positionalCount(nargs, kwnames);
  if (npos > 2) return typeError("update expected at most 1 argument, got " + (npos - 1).toString());
  const d = selfDict(args);
  if (npos == 2 && dictUpdateArg(d, argAt(args, 1)) < 0) return ERR;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (d.setItem(kwnames.get(k), argAt(args, npos + k)) < 0) return ERR;
    }
  }
  return NONE;
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
function dict_fromkeys(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywordsFor("dict.fromkeys", kwnames)) return ERR;
  if (nargs < 2) return typeError("fromkeys expected at least 1 argument, got " + (nargs - 1).toString());
  if (nargs > 3) return typeError("fromkeys expected at most 2 arguments, got " + (nargs - 1).toString());
  const iterable = argAt(args, 1);
  const value = nargs > 2 ? argAt(args, 2) : NONE;
  const dv = call0(argAt(args, 0));
  if (dv == ERR) return ERR;
  const exact = isPtr(dv) && objOf(dv).cls === T.dict;
  if (exact && isPtr(iterable)) {
    const src = objOf(iterable);
    const d = changetype<PyDict>(objOf(dv));
    if (src.cls === T.dict) {
      const sd = changetype<PyDict>(src);
      for (let i = sd.nextEntry(0); i >= 0; i = sd.nextEntry(i + 1)) {
        if (d.setItemHashed(sd.keyAt(i), sd.hashAt(i), value) < 0) return ERR;
      }
      return dv;
    }
    if (src.cls === T.set || src.cls === T.frozenset) {
      const ss = changetype<PySet>(src);
      for (let i = ss.nextSlot(0); i >= 0; i = ss.nextSlot(i + 1)) {
        if (d.setItemHashed(ss.keyAt(i), ss.hashAt(i), value) < 0) return ERR;
      }
      return dv;
    }
  }
  const it = getIter(iterable);
  if (it == ERR) return ERR;
  while (true) {
    const k = iterNext(it);
    if (k == ERR) return ERR;
    if (k == NULL) return dv;
    if (exact) {
      if (changetype<PyDict>(objOf(dv)).setItem(k, value) < 0) return ERR;
    } else if (setItem(dv, k, value) < 0) return ERR;
  }
}

function noKeywordsFor(qual: string, kwnames: PyTuple | null): bool {
  if (kwnames !== null && kwnames.length > 0) {
    typeError(qual + "() takes no keyword arguments");
    return false;
  }
  return true;
}

function dict_copy(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "copy", args, nargs, kwnames)) return ERR;
  return fromObj(dictCopy(selfDict(args)));
}

function dict_clear(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "clear", args, nargs, kwnames)) return ERR;
  selfDict(args).clear();
  return NONE;
}

// dict.__contains__ and dict.__getitem__ are methods in CPython (not slot wrappers), hence
// their own argument checks.
function dict_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.dict, "__contains__", args, nargs, kwnames)) return ERR;
  const r = builtinContains(argAt(args, 0), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

function dict_getitem(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.dict, "__getitem__", args, nargs, kwnames)) return ERR;
  return builtinGetItem(argAt(args, 0), argAt(args, 1));
}

function dictIterOf(dv: Value, kind: i32): Value {
  const d = changetype<PyDict>(objOf(dv));
  const cls = kind == VIEW_KEYS ? IT.dictKeys : kind == VIEW_VALUES ? IT.dictValues : IT.dictItems;
  const ik = kind == VIEW_KEYS ? IterKind.DICT_KEYS : kind == VIEW_VALUES ? IterKind.DICT_VALUES : IterKind.DICT_ITEMS;
  const it = newIter(cls, ik, dv);
  it.stop = d.used;
  return fromObj(it);
}

// A reverse iterator over a snapshot of d's keys, values or items.
function reverseIterOf(d: PyDict, kind: i32): Value {
  const snapshot = new PyList();
  for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
    if (kind == VIEW_KEYS) snapshot.append(d.keyAt(i));
    else if (kind == VIEW_VALUES) snapshot.append(d.valueAt(i));
    else snapshot.append(newTuple2(d.keyAt(i), d.valueAt(i)));
  }
  const cls = kind == VIEW_KEYS ? RIT.keys : kind == VIEW_VALUES ? RIT.values : RIT.items;
  const it = newIter(cls, IterKind.REVERSED_LIST, fromObj(snapshot));
  it.index = snapshot.length - 1;
  return fromObj(it);
}

// reversed(d) or reversed(view) for a dict or dict view v.
export function dictReversed(v: Value): Value {
  const o = objOf(v);
  if (typeOf(v).kind == Kind.DICT_VIEW) {
    const view = changetype<PyDictView>(o);
    return reverseIterOf(view.d, view.vkind);
  }
  return reverseIterOf(changetype<PyDict>(o), VIEW_KEYS);
}

function dict_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.dict, "__reversed__", args, nargs, kwnames)) return ERR;
  return dictReversed(argAt(args, 0));
}

function dict_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotSelf(T.dict, "__init__", args, nargs, kwnames)) return ERR;
  return dictInit(selfDict(args), args + 8, nargs - 1, kwnames) < 0 ? ERR : NONE;
}

// ---- views ----

// @ts-ignore: decorator
@inline function viewOf(v: Value): PyDictView {
  return changetype<PyDictView>(objOf(v));
}

// keys and items views are set-like; values views are not.
export function isSetLikeView(v: Value): bool {
  if (!isPtr(v)) return false;
  const c = objOf(v).cls;
  return c === T.dictKeys || c === T.dictItems;
}

// (key, value) in d.items(): 1, 0, -1.
function itemsContain(d: PyDict, item: Value): i32 {
  if (!(isPtr(item) && typeOf(item).kind == Kind.TUPLE)) return 0;
  const t = changetype<PyTuple>(objOf(item));
  if (t.length != 2) return 0;
  const found = d.getItem(t.get(0));
  if (found == ERR) return -1;
  if (found == NULL) return 0;
  return richEqual(found, t.get(1));
}

// x in a set-like view: 1, 0, -1.
function viewContains(view: PyDictView, x: Value): i32 {
  if (view.vkind == VIEW_ITEMS) return itemsContain(view.d, x);
  const r = view.d.getItem(x);
  if (r == ERR) return -1;
  return r != NULL ? 1 : 0;
}

// set(v), where v is a view or any iterable (dictviews_to_set).
function viewToSet(v: Value): PySet | null {
  let src = v;
  if (isPtr(v) && objOf(v).cls === T.dictKeys) {
    const d = viewOf(v).d;
    if (d.cls === T.dict) src = fromObj(d);
  }
  const s = new PySet(false);
  if (setUpdateInternal(s, src) < 0) return null;
  return s;
}

// view & other (_PyDictView_Intersect): the view may be either operand.
function viewIntersect(a: Value, b: Value): Value {
  let self = a;
  let other = b;
  if (!isSetLikeView(self)) {
    self = b;
    other = a;
  }
  const lenSelf = viewOf(self).d.used;
  if (isPtr(other) && objOf(other).cls === T.set) {
    const os = changetype<PySet>(objOf(other));
    if (lenSelf <= os.used) {
      const r = setIntersection(os, self);
      return r === null ? ERR : fromObj(r);
    }
  }
  if (isSetLikeView(other) && viewOf(other).d.used > lenSelf) {
    const t = self;
    self = other;
    other = t;
  }
  const view = viewOf(self);
  const result = new PySet(false);
  const it = getIter(other);
  if (it == ERR) return ERR;
  while (true) {
    const k = iterNext(it);
    if (k == ERR) return ERR;
    if (k == NULL) return fromObj(result);
    const c = viewContains(view, k);
    if (c < 0) return ERR;
    if (c > 0 && result.add(k) < 0) return ERR;
  }
}

// The set operators where either operand is a keys or items view (dictviews_and/or/sub/xor);
// NOTIMPL for any other case.
export function dictViewBinary(a: Value, b: Value, kind: i32): Value {
  if (!isSetLikeView(a) && !isSetLikeView(b)) return NOTIMPL;
  if (kind == BinOp.AND) return viewIntersect(a, b);
  if (kind != BinOp.OR && kind != BinOp.SUBTRACT && kind != BinOp.XOR) return NOTIMPL;
  const r = viewToSet(a);
  if (r === null) return ERR;
  let status: i32;
  if (kind == BinOp.OR) status = setUpdateInternal(r, b);
  else if (kind == BinOp.SUBTRACT) status = setDifferenceUpdate(r, b);
  else status = setSymmetricDifferenceUpdate(r, b);
  return status < 0 ? ERR : fromObj(r);
}

// Is every item of `inner` in `outer` (by `in`)? 1, 0, -1.
function allContainedIn(inner: Value, outer: Value): i32 {
  const it = getIter(inner);
  if (it == ERR) return -1;
  while (true) {
    const x = iterNext(it);
    if (x == ERR) return -1;
    if (x == NULL) return 1;
    const c = contains(outer, x);
    if (c <= 0) return c;
  }
}

// Comparison of a keys/items view with a set or another such view (dictview_richcompare),
// the view on either side; NOTIMPL otherwise.
export function dictViewCompare(a: Value, b: Value, op: i32): Value {
  let self = a;
  let other = b;
  if (!isSetLikeView(a)) {
    if (!isSetLikeView(b)) return NOTIMPL;
    self = b;
    other = a;
    op = swappedCmp(op);
  }
  if (!isAnySet(other) && !isSetLikeView(other)) return NOTIMPL;
  const lenSelf = <i64>viewOf(self).d.used;
  const lenOther = length(other);
  if (lenOther < 0) return ERR;
  let ok = 0;
  switch (op) {
    case CmpOp.EQ:
    case CmpOp.NE:
      if (lenSelf == lenOther) ok = allContainedIn(self, other);
      if (ok < 0) return ERR;
      return fromBool((ok > 0) == (op == CmpOp.EQ));
    case CmpOp.LT:
      if (lenSelf < lenOther) ok = allContainedIn(self, other);
      break;
    case CmpOp.LE:
      if (lenSelf <= lenOther) ok = allContainedIn(self, other);
      break;
    case CmpOp.GT:
      if (lenSelf > lenOther) ok = allContainedIn(other, self);
      break;
    case CmpOp.GE:
      if (lenSelf >= lenOther) ok = allContainedIn(other, self);
      break;
    default:
      return NOTIMPL;
  }
  if (ok < 0) return ERR;
  return fromBool(ok > 0);
}

// Every view method checks self against its own view type; slot wrappers have their own messages.
function viewSelf(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null, oneArg: bool): bool {
  if (name == "isdisjoint") return methOneArg(t, name, args, nargs, kwnames);
  if (name == "__reversed__") return methNoArgs(t, name, args, nargs, kwnames);
  return slotArgs(t, name, args, nargs, kwnames, oneArg ? 1 : 0);
}

function viewLen(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!viewSelf(t, "__len__", args, nargs, kwnames, false)) return ERR;
  return fromSmall(viewOf(argAt(args, 0)).d.used);
}

function viewIter(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!viewSelf(t, "__iter__", args, nargs, kwnames, false)) return ERR;
  const view = viewOf(argAt(args, 0));
  return dictIterOf(fromObj(view.d), view.vkind);
}

function viewReversed(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!viewSelf(t, "__reversed__", args, nargs, kwnames, false)) return ERR;
  return dictReversed(argAt(args, 0));
}

function viewRepr(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!viewSelf(t, "__repr__", args, nargs, kwnames, false)) return ERR;
  const r = reprString(argAt(args, 0));
  return r === null ? ERR : strValue(r);
}

function viewContainsMethod(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!viewSelf(t, "__contains__", args, nargs, kwnames, true)) return ERR;
  const r = viewContains(viewOf(argAt(args, 0)), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

function viewIsDisjoint(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!viewSelf(t, "isdisjoint", args, nargs, kwnames, true)) return ERR;
  let self = argAt(args, 0);
  let other = argAt(args, 1);
  if (self == other) return fromBool(viewOf(self).d.used == 0);
  // iterate the shorter side when both are set-like
  if (isAnySet(other) || isSetLikeView(other)) {
    const lenOther = length(other);
    if (lenOther < 0) return ERR;
    if (lenOther > <i64>viewOf(self).d.used) {
      const tmp = self;
      self = other;
      other = tmp;
    }
  }
  const it = getIter(other);
  if (it == ERR) return ERR;
  while (true) {
    const x = iterNext(it);
    if (x == ERR) return ERR;
    if (x == NULL) return TRUE;
    const c = contains(self, x);
    if (c < 0) return ERR;
    if (c > 0) return FALSE;
  }
}

function viewOperator(
  t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null, kind: i32, reflected: bool,
): Value {
  if (!viewSelf(t, name, args, nargs, kwnames, true)) return ERR;
  const a = argAt(args, 0);
  const b = argAt(args, 1);
  return reflected ? dictViewBinary(b, a, kind) : dictViewBinary(a, b, kind);
}

function keys_len(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewLen(T.dictKeys, args, nargs, kwnames);
}
function values_len(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewLen(T.dictValues, args, nargs, kwnames);
}
function items_len(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewLen(T.dictItems, args, nargs, kwnames);
}
function keys_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewIter(T.dictKeys, args, nargs, kwnames);
}
function values_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewIter(T.dictValues, args, nargs, kwnames);
}
function items_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewIter(T.dictItems, args, nargs, kwnames);
}
function keys_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewReversed(T.dictKeys, args, nargs, kwnames);
}
function values_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewReversed(T.dictValues, args, nargs, kwnames);
}
function items_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewReversed(T.dictItems, args, nargs, kwnames);
}
function keys_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewRepr(T.dictKeys, args, nargs, kwnames);
}
function values_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewRepr(T.dictValues, args, nargs, kwnames);
}
function items_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewRepr(T.dictItems, args, nargs, kwnames);
}
function keys_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewContainsMethod(T.dictKeys, args, nargs, kwnames);
}
function items_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewContainsMethod(T.dictItems, args, nargs, kwnames);
}
function keys_isdisjoint(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewIsDisjoint(T.dictKeys, args, nargs, kwnames);
}
function items_isdisjoint(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewIsDisjoint(T.dictItems, args, nargs, kwnames);
}
function keys_and(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__and__", args, nargs, kwnames, BinOp.AND, false);
}
function keys_rand(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__rand__", args, nargs, kwnames, BinOp.AND, true);
}
function keys_or(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__or__", args, nargs, kwnames, BinOp.OR, false);
}
function keys_ror(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__ror__", args, nargs, kwnames, BinOp.OR, true);
}
function keys_sub(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__sub__", args, nargs, kwnames, BinOp.SUBTRACT, false);
}
function keys_rsub(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__rsub__", args, nargs, kwnames, BinOp.SUBTRACT, true);
}
function keys_xor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__xor__", args, nargs, kwnames, BinOp.XOR, false);
}
function keys_rxor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictKeys, "__rxor__", args, nargs, kwnames, BinOp.XOR, true);
}
function items_and(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__and__", args, nargs, kwnames, BinOp.AND, false);
}
function items_rand(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__rand__", args, nargs, kwnames, BinOp.AND, true);
}
function items_or(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__or__", args, nargs, kwnames, BinOp.OR, false);
}
function items_ror(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__ror__", args, nargs, kwnames, BinOp.OR, true);
}
function items_sub(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__sub__", args, nargs, kwnames, BinOp.SUBTRACT, false);
}
function items_rsub(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__rsub__", args, nargs, kwnames, BinOp.SUBTRACT, true);
}
function items_xor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__xor__", args, nargs, kwnames, BinOp.XOR, false);
}
function items_rxor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return viewOperator(T.dictItems, "__rxor__", args, nargs, kwnames, BinOp.XOR, true);
}

// ---- slot wrappers (methods/slots.ts) ----

function dict_setitem(a: usize, n: i32, k: PyTuple | null): Value { return slotSetItem(T.dict, a, n, k); }
function dict_delitem(a: usize, n: i32, k: PyTuple | null): Value { return slotDelItem(T.dict, a, n, k); }
function dict_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.dict, a, n, k); }
function dict_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.dict, a, n, k); }
function dict_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.dict, a, n, k); }
function dict_or(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.dict, BinOp.OR, false, a, n, k); }
function dict_ror(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.dict, BinOp.OR, true, a, n, k); }
function dict_ior(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.dict, BinOp.OR, a, n, k); }
function dict_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.dict, CmpOp.LT, a, n, k); }
function dict_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.dict, CmpOp.LE, a, n, k); }
function dict_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.dict, CmpOp.EQ, a, n, k); }
function dict_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.dict, CmpOp.NE, a, n, k); }
function dict_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.dict, CmpOp.GT, a, n, k); }
function dict_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.dict, CmpOp.GE, a, n, k); }

export function initDictMethods(): void {
  RIT.keys = makeLateType("dict_reversekeyiterator", Kind.ITERATOR);
  RIT.values = makeLateType("dict_reversevalueiterator", Kind.ITERATOR);
  RIT.items = makeLateType("dict_reverseitemiterator", Kind.ITERATOR);

  const d = T.dict;
  defMethod(d, "keys", dict_keys);
  defMethod(d, "values", dict_values);
  defMethod(d, "items", dict_items);
  defMethod(d, "get", dict_get);
  defMethod(d, "setdefault", dict_setdefault);
  defMethod(d, "pop", dict_pop);
  defMethod(d, "popitem", dict_popitem);
  defMethod(d, "update", dict_update);
  defClassMethod(d, "fromkeys", dict_fromkeys);
  defMethod(d, "copy", dict_copy);
  defMethod(d, "clear", dict_clear);
  defMethod(d, "__contains__", dict_contains);
  defMethod(d, "__getitem__", dict_getitem);
  defMethod(d, "__setitem__", dict_setitem);
  defMethod(d, "__delitem__", dict_delitem);
  defMethod(d, "__len__", dict_len);
  defMethod(d, "__iter__", dict_iter);
  defMethod(d, "__reversed__", dict_reversed);
  defMethod(d, "__init__", dict_init);
  defMethod(d, "__or__", dict_or);
  defMethod(d, "__ror__", dict_ror);
  defMethod(d, "__ior__", dict_ior);
  defMethod(d, "__lt__", dict_lt);
  defMethod(d, "__le__", dict_le);
  defMethod(d, "__eq__", dict_eq);
  defMethod(d, "__ne__", dict_ne);
  defMethod(d, "__gt__", dict_gt);
  defMethod(d, "__ge__", dict_ge);
  defMethod(d, "__repr__", dict_repr);
  defClassMethod(d, "__class_getitem__", classGetItem);
  defAttr(d, "__hash__", NONE);

  const k = T.dictKeys;
  defMethod(k, "__len__", keys_len);
  defMethod(k, "__iter__", keys_iter);
  defMethod(k, "__reversed__", keys_reversed);
  defMethod(k, "__contains__", keys_contains);
  defMethod(k, "__repr__", keys_repr);
  defMethod(k, "isdisjoint", keys_isdisjoint);
  defMethod(k, "__and__", keys_and);
  defMethod(k, "__rand__", keys_rand);
  defMethod(k, "__or__", keys_or);
  defMethod(k, "__ror__", keys_ror);
  defMethod(k, "__sub__", keys_sub);
  defMethod(k, "__rsub__", keys_rsub);
  defMethod(k, "__xor__", keys_xor);
  defMethod(k, "__rxor__", keys_rxor);
  defAttr(k, "__hash__", NONE);

  const v = T.dictValues;
  defMethod(v, "__len__", values_len);
  defMethod(v, "__iter__", values_iter);
  defMethod(v, "__reversed__", values_reversed);
  defMethod(v, "__repr__", values_repr);

  const it = T.dictItems;
  defMethod(it, "__len__", items_len);
  defMethod(it, "__iter__", items_iter);
  defMethod(it, "__reversed__", items_reversed);
  defMethod(it, "__contains__", items_contains);
  defMethod(it, "__repr__", items_repr);
  defMethod(it, "isdisjoint", items_isdisjoint);
  defMethod(it, "__and__", items_and);
  defMethod(it, "__rand__", items_rand);
  defMethod(it, "__or__", items_or);
  defMethod(it, "__ror__", items_ror);
  defMethod(it, "__sub__", items_sub);
  defMethod(it, "__rsub__", items_rsub);
  defMethod(it, "__xor__", items_xor);
  defMethod(it, "__rxor__", items_rxor);
  defAttr(it, "__hash__", NONE);
}
