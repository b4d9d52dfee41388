// Methods of set and frozenset, and the set algebra behind them and the set operators.
//
// The algebra follows CPython 3.12's setobject.c step by step (which operand is iterated,
// when a copy is made, when a table is presized or resized), because the slot layout that
// results decides the iteration order users see. Results of operations on subclass
// instances have the base type (set or frozenset), as in CPython.
// An unhashable set passed to __contains__, remove or discard is looked up as a frozenset.
import { Value, NULL, NONE, ERR, NOTIMPL, fromObj, objOf, isPtr, fromBool } from "../../objects/value";
import { T, PyType, Kind, typeOf } from "../../objects/type";
import { PyTuple } from "../../objects/tuple";
import { PyDict } from "../../objects/dict";
import { PySet, DUMMY_KEY } from "../../objects/set";
import { E } from "../../objects/exceptions";
import { BinOp, CmpOp } from "../../common/operators";
import { defMethod, defStatic, defClassMethod, defAttr } from "../../objects/typeinit";
import { raise, raiseWith, typeError, typeName, errorMatches, clearError } from "../errors";
import { hashValue } from "../compare";
import { getIter, iterNext } from "../iter";
import { constructBuiltin } from "../constructors";
import { argAt, methNoArgs, methOneArg, methVarargs, classGetItem } from "./list";
import {
  slotSelf, slotLen, slotIter, slotBinary, slotInplace, slotCompare, slotHash, slotRepr,
} from "./slots";

// objects/set.ts marks a deleted slot with this key (and hash -1).

export function isAnySet(v: Value): bool {
  if (!isPtr(v)) return false;
  const k = typeOf(v).kind;
  return k == Kind.SET || k == Kind.FROZENSET;
}

// @ts-ignore: decorator
@inline function setOf(v: Value): PySet {
  return changetype<PySet>(objOf(v));
}

// An empty set of t's base type (make_new_set_basetype).
function newSetBase(t: PyType): PySet {
  return new PySet(t.kind == Kind.FROZENSET);
}

// A base-type copy of s (set_copy).
export function setCopy(s: PySet): PySet {
  const r = newSetBase(changetype<PyType>(s.cls));
  r.mergeSet(s);
  return r;
}

// s |= any iterable (set_update_internal). 0 or -1.
export function setUpdateInternal(s: PySet, other: Value): i32 {
  if (isAnySet(other)) return s.mergeSet(setOf(other));
  if (isPtr(other) && objOf(other).cls === T.dict) {
    const d = changetype<PyDict>(objOf(other));
    // one resize up front rather than several while inserting
    if ((s.fill + d.used) * 5 >= s.mask * 3) s.resize((s.used + d.used) * 2);
    for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
      if (s.addHashed(d.keyAt(i), d.hashAt(i)) < 0) return -1;
    }
    return 0;
  }
  const it = getIter(other);
  if (it == ERR) return -1;
  while (true) {
    const v = iterNext(it);
    if (v == ERR) return -1;
    if (v == NULL) return 0;
    if (s.add(v) < 0) return -1;
  }
}

// A new set or frozenset filled from an iterable (make_new_set).
function newSetFrom(frozen: bool, iterable: Value): PySet | null {
  const s = new PySet(frozen);
  if (setUpdateInternal(s, iterable) < 0) return null;
  return s;
}

// Remove the entry for key (hash known). 1 removed, 0 absent, -1 error.
function discardHashed(s: PySet, key: Value, hash: i64): i32 {
  const j = s.find(key, hash);
  if (j == -2) return -1;
  if (j < 0) return 0;
  s.keys.set(j, DUMMY_KEY);
  unchecked((s.hashes[j] = -1));
  s.used--;
  s.version++;
  return 1;
}

function discardKey(s: PySet, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return discardHashed(s, key, h);
}

// Is key (hash known) in s? 1, 0, -1.
// @ts-ignore: decorator
@inline function hasHashed(s: PySet, key: Value, hash: i64): i32 {
  const j = s.find(key, hash);
  return j == -2 ? -1 : j >= 0 ? 1 : 0;
}

// The frozenset standing in for an unhashable set key, or null when the error is another.
function frozenKeyFor(key: Value): PySet | null {
  if (!(isPtr(key) && typeOf(key).kind == Kind.SET && errorMatches(E.TypeError))) return null;
  clearError();
  return setCopyAs(setOf(key), true);
}

function setCopyAs(s: PySet, frozen: bool): PySet {
  const r = new PySet(frozen);
  r.mergeSet(s);
  return r;
}

// `key in s` as set.__contains__ does it (set keys looked up as frozensets). 1, 0, -1.
export function setContainsKey(s: PySet, key: Value): i32 {
  const r = s.contains(key);
  if (r >= 0) return r;
  const fk = frozenKeyFor(key);
  if (fk === null) return -1;
  return s.contains(fromObj(fk));
}

// set.discard's lookup: 1 removed, 0 absent, -1 error.
function discardWithFrozen(s: PySet, key: Value): i32 {
  const r = discardKey(s, key);
  if (r >= 0) return r;
  const fk = frozenKeyFor(key);
  if (fk === null) return -1;
  return discardKey(s, fromObj(fk));
}

// set_intersection: iterate the smaller set (or the iterable), keep what the other holds.
export function setIntersection(s: PySet, other: Value): PySet | null {
  if (isPtr(other) && objOf(other) === s) return setCopy(s);
  const r = newSetBase(changetype<PyType>(s.cls));
  if (isAnySet(other)) {
    let big = s;
    let small = setOf(other);
    if (small.used > big.used) {
      const t = big;
      big = small;
      small = t;
    }
    for (let i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
      const k = small.keyAt(i);
      const h = small.hashAt(i);
      const c = hasHashed(big, k, h);
      if (c < 0) return null;
      if (c > 0 && r.addHashed(k, h) < 0) return null;
    }
    return r;
  }
  const it = getIter(other);
  if (it == ERR) return null;
  while (true) {
    const k = iterNext(it);
    if (k == ERR) return null;
    if (k == NULL) return r;
    const h = hashValue(k);
    if (h == -1) return null;
    const c = hasHashed(s, k, h);
    if (c < 0) return null;
    if (c > 0 && r.addHashed(k, h) < 0) return null;
  }
}

function intersectionMulti(s: PySet, args: usize, n: i32): PySet | null {
  if (n == 0) return setCopy(s);
  let result = s;
  for (let i = 0; i < n; i++) {
    const r = setIntersection(result, argAt(args, i));
    if (r === null) return null;
    result = r;
  }
  return result;
}

// Give a the table of b (set_swap_bodies, used by the in-place intersection).
function takeTable(a: PySet, b: PySet): void {
  a.keys = b.keys;
  a.hashes = b.hashes;
  a.mask = b.mask;
  a.fill = b.fill;
  a.used = b.used;
  a.version++;
}

// s -= other (set_difference_update_internal). 0 or -1.
export function setDifferenceUpdate(s: PySet, other: Value): i32 {
  if (isPtr(other) && objOf(other) === s) {
    s.clear();
    return 0;
  }
  if (isAnySet(other)) {
    let o = setOf(other);
    // a much larger other is first cut down to what the two share
    if ((o.used >> 3) > s.used) {
      const r = setIntersection(s, other);
      if (r === null) return -1;
      o = r;
    }
    for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
      if (discardHashed(s, o.keyAt(i), o.hashAt(i)) < 0) return -1;
    }
  } else {
    const it = getIter(other);
    if (it == ERR) return -1;
    while (true) {
      const k = iterNext(it);
      if (k == ERR) return -1;
      if (k == NULL) break;
      if (discardKey(s, k) < 0) return -1;
    }
  }
  // more than a quarter of the slots deleted: rebuild
  if (s.fill - s.used > (s.mask >> 2)) s.resize(s.used > 50000 ? s.used * 2 : s.used * 4);
  return 0;
}

// set_difference: a new set of what s holds and other does not.
export function setDifference(s: PySet, other: Value): PySet | null {
  let otherSize: i32 = -1;
  const otherIsDict = isPtr(other) && objOf(other).cls === T.dict;
  if (isAnySet(other)) otherSize = setOf(other).used;
  else if (otherIsDict) otherSize = changetype<PyDict>(objOf(other)).used;
  if (otherSize < 0 || (s.used >> 2) > otherSize) {
    const r = setCopy(s);
    if (setDifferenceUpdate(r, other) < 0) return null;
    return r;
  }
  const r = newSetBase(changetype<PyType>(s.cls));
  if (otherIsDict) {
    const d = changetype<PyDict>(objOf(other));
    for (let i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
      const k = s.keyAt(i);
      const h = s.hashAt(i);
      const j = d.find(k, h);
      if (j == -2) return null;
      if (j < 0 && r.addHashed(k, h) < 0) return null;
    }
    return r;
  }
  const o = setOf(other);
  for (let i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
    const k = s.keyAt(i);
    const h = s.hashAt(i);
    const c = hasHashed(o, k, h);
    if (c < 0) return null;
    if (c == 0 && r.addHashed(k, h) < 0) return null;
  }
  return r;
}

// Toggle each key of other in s (set_symmetric_difference_update). 0 or -1.
export function setSymmetricDifferenceUpdate(s: PySet, other: Value): i32 {
  if (isPtr(other) && objOf(other) === s) {
    s.clear();
    return 0;
  }
  if (isPtr(other) && objOf(other).cls === T.dict) {
    const d = changetype<PyDict>(objOf(other));
    for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
      const k = d.keyAt(i);
      const h = d.hashAt(i);
      const r = discardHashed(s, k, h);
      if (r < 0) return -1;
      if (r == 0 && s.addHashed(k, h) < 0) return -1;
    }
    return 0;
  }
  let o: PySet;
  if (isAnySet(other)) o = setOf(other);
  else {
    const tmp = newSetFrom(changetype<PyType>(s.cls).kind == Kind.FROZENSET, other);
    if (tmp === null) return -1;
    o = tmp;
  }
  for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
    const k = o.keyAt(i);
    const h = o.hashAt(i);
    const r = discardHashed(s, k, h);
    if (r < 0) return -1;
    if (r == 0 && s.addHashed(k, h) < 0) return -1;
  }
  return 0;
}

// set_symmetric_difference: a copy of other (as s's base type) toggled by s.
export function setSymmetricDifference(s: PySet, other: Value): PySet | null {
  const r = newSetFrom(changetype<PyType>(s.cls).kind == Kind.FROZENSET, other);
  if (r === null) return null;
  if (setSymmetricDifferenceUpdate(r, fromObj(s)) < 0) return null;
  return r;
}

// Is every element of s in the set o? 1, 0, -1.
function isSubsetOfSet(s: PySet, o: PySet): i32 {
  if (s.used > o.used) return 0;
  for (let i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
    const c = hasHashed(o, s.keyAt(i), s.hashAt(i));
    if (c <= 0) return c;
  }
  return 1;
}

export function setIsSubset(s: PySet, other: Value): i32 {
  if (isAnySet(other)) return isSubsetOfSet(s, setOf(other));
  const tmp = newSetFrom(false, other);
  if (tmp === null) return -1;
  return isSubsetOfSet(s, tmp);
}

export function setIsSuperset(s: PySet, other: Value): i32 {
  if (isAnySet(other)) return isSubsetOfSet(setOf(other), s);
  const it = getIter(other);
  if (it == ERR) return -1;
  while (true) {
    const k = iterNext(it);
    if (k == ERR) return -1;
    if (k == NULL) return 1;
    const c = s.contains(k);
    if (c <= 0) return c;
  }
}

export function setIsDisjoint(s: PySet, other: Value): i32 {
  if (isPtr(other) && objOf(other) === s) return s.used == 0 ? 1 : 0;
  if (isPtr(other) && (objOf(other).cls === T.set || objOf(other).cls === T.frozenset)) {
    let big = s;
    let small = setOf(other);
    if (small.used > big.used) {
      const t = big;
      big = small;
      small = t;
    }
    for (let i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
      const c = hasHashed(big, small.keyAt(i), small.hashAt(i));
      if (c != 0) return c < 0 ? -1 : 0;
    }
    return 1;
  }
  const it = getIter(other);
  if (it == ERR) return -1;
  while (true) {
    const k = iterNext(it);
    if (k == ERR) return -1;
    if (k == NULL) return 1;
    const c = s.contains(k);
    if (c != 0) return c < 0 ? -1 : 0;
  }
}

function fromSet(s: PySet | null): Value {
  return s === null ? ERR : fromObj(s);
}

// a | b, a & b, a - b, a ^ b for two sets (set_or, set_and, set_sub, set_xor); NOTIMPL for
// any other operands or operators.
export function setOperator(a: Value, b: Value, kind: i32): Value {
  if (!isAnySet(a) || !isAnySet(b)) return NOTIMPL;
  const s = setOf(a);
  switch (kind) {
    case BinOp.OR: {
      const r = setCopy(s);
      if (a == b) return fromObj(r);
      if (setUpdateInternal(r, b) < 0) return ERR;
      return fromObj(r);
    }
    case BinOp.AND:
      return fromSet(setIntersection(s, b));
    case BinOp.SUBTRACT:
      return fromSet(setDifference(s, b));
    case BinOp.XOR:
      return fromSet(setSymmetricDifference(s, b));
  }
  return NOTIMPL;
}

// a |= b, a &= b, a -= b, a ^= b for a mutable set a and any set b; NOTIMPL otherwise.
export function setInplaceOperator(a: Value, b: Value, kind: i32): Value {
  if (!isPtr(a) || typeOf(a).kind != Kind.SET || !isAnySet(b)) return NOTIMPL;
  const s = setOf(a);
  switch (kind) {
    case BinOp.OR:
      return setUpdateInternal(s, b) < 0 ? ERR : a;
    case BinOp.AND: {
      const r = setIntersection(s, b);
      if (r === null) return ERR;
      takeTable(s, r);
      return a;
    }
    case BinOp.SUBTRACT:
      return setDifferenceUpdate(s, b) < 0 ? ERR : a;
    case BinOp.XOR:
      return setSymmetricDifferenceUpdate(s, b) < 0 ? ERR : a;
  }
  return NOTIMPL;
}

// ---- methods shared by set and frozenset (each registered per type for the self check) ----

function copyImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(t, "copy", args, nargs, kwnames)) return ERR;
  const self = argAt(args, 0);
  if (isPtr(self) && objOf(self).cls === T.frozenset) return self;
  return fromObj(setCopy(setOf(self)));
}

function unionImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methVarargs(t, "union", args, nargs, kwnames)) return ERR;
  const self = argAt(args, 0);
  const r = setCopy(setOf(self));
  for (let i = 1; i < nargs; i++) {
    const o = argAt(args, i);
    if (o == self) continue;
    if (setUpdateInternal(r, o) < 0) return ERR;
  }
  return fromObj(r);
}

function intersectionImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methVarargs(t, "intersection", args, nargs, kwnames)) return ERR;
  return fromSet(intersectionMulti(setOf(argAt(args, 0)), args + 8, nargs - 1));
}

function differenceImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methVarargs(t, "difference", args, nargs, kwnames)) return ERR;
  const s = setOf(argAt(args, 0));
  if (nargs == 1) return fromObj(setCopy(s));
  const r = setDifference(s, argAt(args, 1));
  if (r === null) return ERR;
  for (let i = 2; i < nargs; i++) {
    if (setDifferenceUpdate(r, argAt(args, i)) < 0) return ERR;
  }
  return fromObj(r);
}

function symmetricDifferenceImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(t, "symmetric_difference", args, nargs, kwnames)) return ERR;
  return fromSet(setSymmetricDifference(setOf(argAt(args, 0)), argAt(args, 1)));
}

function issubsetImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(t, "issubset", args, nargs, kwnames)) return ERR;
  const r = setIsSubset(setOf(argAt(args, 0)), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

function issupersetImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(t, "issuperset", args, nargs, kwnames)) return ERR;
  const r = setIsSuperset(setOf(argAt(args, 0)), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

function isdisjointImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(t, "isdisjoint", args, nargs, kwnames)) return ERR;
  const r = setIsDisjoint(setOf(argAt(args, 0)), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

// __contains__ is a method in CPython (not a slot wrapper), hence its own argument check.
function containsImpl(t: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(t, "__contains__", args, nargs, kwnames)) return ERR;
  const r = setContainsKey(setOf(argAt(args, 0)), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

function set_copy(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return copyImpl(T.set, args, nargs, kwnames);
}
function frozenset_copy(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return copyImpl(T.frozenset, args, nargs, kwnames);
}
function set_union(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return unionImpl(T.set, args, nargs, kwnames);
}
function frozenset_union(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return unionImpl(T.frozenset, args, nargs, kwnames);
}
function set_intersection(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intersectionImpl(T.set, args, nargs, kwnames);
}
function frozenset_intersection(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intersectionImpl(T.frozenset, args, nargs, kwnames);
}
function set_difference(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return differenceImpl(T.set, args, nargs, kwnames);
}
function frozenset_difference(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return differenceImpl(T.frozenset, args, nargs, kwnames);
}
function set_symmetric_difference(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return symmetricDifferenceImpl(T.set, args, nargs, kwnames);
}
function frozenset_symmetric_difference(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return symmetricDifferenceImpl(T.frozenset, args, nargs, kwnames);
}
function set_issubset(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return issubsetImpl(T.set, args, nargs, kwnames);
}
function frozenset_issubset(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return issubsetImpl(T.frozenset, args, nargs, kwnames);
}
function set_issuperset(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return issupersetImpl(T.set, args, nargs, kwnames);
}
function frozenset_issuperset(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return issupersetImpl(T.frozenset, args, nargs, kwnames);
}
function set_isdisjoint(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return isdisjointImpl(T.set, args, nargs, kwnames);
}
function frozenset_isdisjoint(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return isdisjointImpl(T.frozenset, args, nargs, kwnames);
}
function set_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return containsImpl(T.set, args, nargs, kwnames);
}
function frozenset_contains(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return containsImpl(T.frozenset, args, nargs, kwnames);
}

// ---- set only ----

// @ts-ignore: decorator
@inline function selfSet(args: usize): PySet {
  return changetype<PySet>(objOf(load<u64>(args)));
}

function set_add(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.set, "add", args, nargs, kwnames)) return ERR;
  return selfSet(args).add(argAt(args, 1)) < 0 ? ERR : NONE;
}

function set_remove(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.set, "remove", args, nargs, kwnames)) return ERR;
  const key = argAt(args, 1);
  const r = discardWithFrozen(selfSet(args), key);
  if (r < 0) return ERR;
  if (r == 0) return raiseWith(E.KeyError, key);
  return NONE;
}

function set_discard(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.set, "discard", args, nargs, kwnames)) return ERR;
  return discardWithFrozen(selfSet(args), argAt(args, 1)) < 0 ? ERR : NONE;
}

// XXX: CPython resumes the scan after the slot popped last (a `finger` PySet lacks); this scan
// starts at slot 0, which differs only when keys were added below that slot in between.
function set_pop(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.set, "pop", args, nargs, kwnames)) return ERR;
  const s = selfSet(args);
  if (s.used == 0) return raise(E.KeyError, "pop from an empty set");
  // resume after the slot emptied last (CPython's set_pop finger)
  let i = s.finger & s.mask;
  while (!s.isLive(i)) {
    i++;
    if (i > s.mask) i = 0;
  }
  s.finger = i + 1;
  const key = s.keyAt(i);
  s.keys.set(i, DUMMY_KEY);
  unchecked((s.hashes[i] = -1));
  s.used--;
  s.version++;
  return key;
}

function set_clear(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.set, "clear", args, nargs, kwnames)) return ERR;
  selfSet(args).clear();
  return NONE;
}

function set_update(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methVarargs(T.set, "update", args, nargs, kwnames)) return ERR;
  const s = selfSet(args);
  for (let i = 1; i < nargs; i++) {
    if (setUpdateInternal(s, argAt(args, i)) < 0) return ERR;
  }
  return NONE;
}

function set_intersection_update(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methVarargs(T.set, "intersection_update", args, nargs, kwnames)) return ERR;
  const s = selfSet(args);
  const r = intersectionMulti(s, args + 8, nargs - 1);
  if (r === null) return ERR;
  if (r !== s) takeTable(s, r);
  return NONE;
}

function set_difference_update(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methVarargs(T.set, "difference_update", args, nargs, kwnames)) return ERR;
  const s = selfSet(args);
  for (let i = 1; i < nargs; i++) {
    if (setDifferenceUpdate(s, argAt(args, i)) < 0) return ERR;
  }
  return NONE;
}

function set_symmetric_difference_update(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.set, "symmetric_difference_update", args, nargs, kwnames)) return ERR;
  return setSymmetricDifferenceUpdate(selfSet(args), argAt(args, 1)) < 0 ? ERR : NONE;
}

function set_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotSelf(T.set, "__init__", args, nargs, kwnames)) return ERR;
  if (kwnames !== null && kwnames.length > 0) return typeError("set() takes no keyword arguments");
  if (nargs > 2) return typeError(typeName(argAt(args, 0)) + " expected at most 1 argument, got " + (nargs - 1).toString());
  const s = selfSet(args);
  if (s.fill > 0) s.clear();
  if (nargs == 2 && setUpdateInternal(s, argAt(args, 1)) < 0) return ERR;
  return NONE;
}

// frozenset.__new__(cls, iterable=()): what a frozenset subclass's __new__ reaches via super().
function frozenset_new(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const npos = kwnames !== null ? nargs - kwnames.length : nargs;
  if (npos < 1) return typeError("frozenset.__new__(): not enough arguments");
  const cls = argAt(args, 0);
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) {
    return typeError("frozenset.__new__(X): X is not a type object (" + typeName(cls) + ")");
  }
  const t = changetype<PyType>(objOf(cls));
  if (!t.isSubtype(T.frozenset)) {
    return typeError("frozenset.__new__(" + t.name + "): " + t.name + " is not a subtype of frozenset");
  }
  return constructBuiltin(t, args + 8, nargs - 1, kwnames);
}

// ---- slot wrappers (methods/slots.ts) ----

function set_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.set, a, n, k); }
function set_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.set, a, n, k); }
function set_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.set, a, n, k); }
function set_or(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.OR, false, a, n, k); }
function set_ror(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.OR, true, a, n, k); }
function set_and(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.AND, false, a, n, k); }
function set_rand(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.AND, true, a, n, k); }
function set_sub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.SUBTRACT, false, a, n, k); }
function set_rsub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.SUBTRACT, true, a, n, k); }
function set_xor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.XOR, false, a, n, k); }
function set_rxor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.set, BinOp.XOR, true, a, n, k); }
function set_ior(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.set, BinOp.OR, a, n, k); }
function set_iand(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.set, BinOp.AND, a, n, k); }
function set_isub(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.set, BinOp.SUBTRACT, a, n, k); }
function set_ixor(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.set, BinOp.XOR, a, n, k); }
function set_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.set, CmpOp.LT, a, n, k); }
function set_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.set, CmpOp.LE, a, n, k); }
function set_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.set, CmpOp.EQ, a, n, k); }
function set_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.set, CmpOp.NE, a, n, k); }
function set_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.set, CmpOp.GT, a, n, k); }
function set_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.set, CmpOp.GE, a, n, k); }

function frozenset_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.frozenset, a, n, k); }
function frozenset_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.frozenset, a, n, k); }
function frozenset_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.frozenset, a, n, k); }
function frozenset_or(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.OR, false, a, n, k); }
function frozenset_ror(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.OR, true, a, n, k); }
function frozenset_and(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.AND, false, a, n, k); }
function frozenset_rand(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.AND, true, a, n, k); }
function frozenset_sub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.SUBTRACT, false, a, n, k); }
function frozenset_rsub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.SUBTRACT, true, a, n, k); }
function frozenset_xor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.XOR, false, a, n, k); }
function frozenset_rxor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.frozenset, BinOp.XOR, true, a, n, k); }
function frozenset_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.frozenset, a, n, k); }
function frozenset_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.frozenset, CmpOp.LT, a, n, k); }
function frozenset_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.frozenset, CmpOp.LE, a, n, k); }
function frozenset_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.frozenset, CmpOp.EQ, a, n, k); }
function frozenset_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.frozenset, CmpOp.NE, a, n, k); }
function frozenset_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.frozenset, CmpOp.GT, a, n, k); }
function frozenset_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.frozenset, CmpOp.GE, a, n, k); }

export function initSetMethods(): void {
  const s = T.set;
  defMethod(s, "add", set_add);
  defMethod(s, "remove", set_remove);
  defMethod(s, "discard", set_discard);
  defMethod(s, "pop", set_pop);
  defMethod(s, "clear", set_clear);
  defMethod(s, "copy", set_copy);
  defMethod(s, "update", set_update);
  defMethod(s, "union", set_union);
  defMethod(s, "intersection", set_intersection);
  defMethod(s, "intersection_update", set_intersection_update);
  defMethod(s, "difference", set_difference);
  defMethod(s, "difference_update", set_difference_update);
  defMethod(s, "symmetric_difference", set_symmetric_difference);
  defMethod(s, "symmetric_difference_update", set_symmetric_difference_update);
  defMethod(s, "issubset", set_issubset);
  defMethod(s, "issuperset", set_issuperset);
  defMethod(s, "isdisjoint", set_isdisjoint);
  defMethod(s, "__contains__", set_contains);
  defMethod(s, "__len__", set_len);
  defMethod(s, "__iter__", set_iter);
  defMethod(s, "__init__", set_init);
  defMethod(s, "__repr__", set_repr);
  defMethod(s, "__or__", set_or);
  defMethod(s, "__ror__", set_ror);
  defMethod(s, "__and__", set_and);
  defMethod(s, "__rand__", set_rand);
  defMethod(s, "__sub__", set_sub);
  defMethod(s, "__rsub__", set_rsub);
  defMethod(s, "__xor__", set_xor);
  defMethod(s, "__rxor__", set_rxor);
  defMethod(s, "__ior__", set_ior);
  defMethod(s, "__iand__", set_iand);
  defMethod(s, "__isub__", set_isub);
  defMethod(s, "__ixor__", set_ixor);
  defMethod(s, "__lt__", set_lt);
  defMethod(s, "__le__", set_le);
  defMethod(s, "__eq__", set_eq);
  defMethod(s, "__ne__", set_ne);
  defMethod(s, "__gt__", set_gt);
  defMethod(s, "__ge__", set_ge);
  defClassMethod(s, "__class_getitem__", classGetItem);
  defAttr(s, "__hash__", NONE);

  const f = T.frozenset;
  defMethod(f, "copy", frozenset_copy);
  defMethod(f, "union", frozenset_union);
  defMethod(f, "intersection", frozenset_intersection);
  defMethod(f, "difference", frozenset_difference);
  defMethod(f, "symmetric_difference", frozenset_symmetric_difference);
  defMethod(f, "issubset", frozenset_issubset);
  defMethod(f, "issuperset", frozenset_issuperset);
  defMethod(f, "isdisjoint", frozenset_isdisjoint);
  defMethod(f, "__contains__", frozenset_contains);
  defMethod(f, "__len__", frozenset_len);
  defMethod(f, "__iter__", frozenset_iter);
  defMethod(f, "__or__", frozenset_or);
  defMethod(f, "__ror__", frozenset_ror);
  defMethod(f, "__and__", frozenset_and);
  defMethod(f, "__rand__", frozenset_rand);
  defMethod(f, "__sub__", frozenset_sub);
  defMethod(f, "__rsub__", frozenset_rsub);
  defMethod(f, "__xor__", frozenset_xor);
  defMethod(f, "__rxor__", frozenset_rxor);
  defMethod(f, "__lt__", frozenset_lt);
  defMethod(f, "__le__", frozenset_le);
  defMethod(f, "__eq__", frozenset_eq);
  defMethod(f, "__ne__", frozenset_ne);
  defMethod(f, "__gt__", frozenset_gt);
  defMethod(f, "__ge__", frozenset_ge);
  defMethod(f, "__hash__", frozenset_hash);
  defStatic(f, "__new__", frozenset_new);
  defMethod(f, "__repr__", frozenset_repr);
  defClassMethod(f, "__class_getitem__", classGetItem);
}
