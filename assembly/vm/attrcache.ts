// LOAD_ATTR's and STORE_ATTR's inline caches.
//
// An attribute access goes getAttr -> genericGetAttr -> type lookup (MRO + attribute cache)
// -> instance dict probe. The cache remembers, per instruction, what the generic path did for
// an owner type, keyed on that type's version (objects/type.ts: it changes whenever the dict
// of the type or of anything on its MRO changes, which covers every change of the
// HAS_GETATTR/HAS_SETATTR/... flags, and is never reused):
//   HINT    the attribute is in the instance dict, and the type has nothing of that name
//           that could take precedence (no attribute, or one that can never become a data
//           descriptor). The way remembers the dict entry index where the name was: the next
//           owner of the same type very likely has its attributes at the same indices (set by
//           the same __init__). A hit needs the dict's key at that index to be the (interned)
//           name itself; otherwise the generic path runs and refills.
//   METHOD  (LOAD_ATTR's method form) the type's attribute is a function or builtin method,
//           pushed unbound with the owner as self unless the owner's dict shadows it (checked
//           on every hit).
// An entry has WAYS such ways for different owner types: a site usually sees one type, but
// code written against a base class sees its subclasses (richards.py: four task classes).
// A way is filled from the state after the generic path ran, and every hit re-checks what the
// way does not prove, so a stale way only costs a miss.
import { Value, NULL, ERR, isPtr, objOf, fromObj } from "../objects/value";
import { PyType, TypeFlag, Kind } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyDict } from "../objects/dict";
import * as A from "../runtime/abstract";
import { specialSetTakes, specialDataAttr } from "../runtime/attrs";

// Way layout: u32 owner type version, u32 kind, u64 payload (HINT: the dict entry index;
// METHOD: the method value, kept alive by the type's dict for as long as the version
// matches). An empty way (all 0xff) has type version u32.MAX_VALUE, which the global type
// version counter (from 1) would reach only after four billion class changes.
const HINT: u32 = 1;
const METHOD: u32 = 2;
const WAY_BYTES: usize = 16;
const WAYS: usize = 4;
export const ATTR_ENTRY_BYTES: u32 = <u32>(WAY_BYTES * WAYS);

// The way of `entry` for owner type version `version`, or 0. Unrolled: a loop would cost the
// dispatch loop a loop-entry check.
// @ts-ignore: decorator
@inline function wayFor(entry: usize, version: u32): usize {
  if (load<u32>(entry) == version) return entry;
  if (load<u32>(entry + WAY_BYTES) == version) return entry + WAY_BYTES;
  if (load<u32>(entry + 2 * WAY_BYTES) == version) return entry + 2 * WAY_BYTES;
  if (load<u32>(entry + 3 * WAY_BYTES) == version) return entry + 3 * WAY_BYTES;
  return 0;
}

// Fill the way for `version`: the one it already has, else the first, the others moving down
// one and the last (least recently filled) dropping out.
function fill(entry: usize, version: u32, kind: u32, payload: u64): void {
  let way = wayFor(entry, version);
  if (way == 0) {
    memory.copy(entry + WAY_BYTES, entry, (WAYS - 1) * WAY_BYTES);
    way = entry;
  }
  store<u32>(way, version);
  store<u32>(way, kind, 4);
  store<u64>(way, payload, 8);
}

// The value of `name` in o's dict if it sits at entry index ix, else NULL.
// @ts-ignore: decorator
@inline function atHint(o: PyObject, name: PyStr, ix: i32): Value {
  const dv = o.dict;
  if (dv === null) return NULL;
  const d = changetype<PyDict>(dv);
  if (<u32>ix >= <u32>d.count || d.keyAt(ix) != fromObj(name)) return NULL;
  return d.valueAt(ix);
}

// LOAD_ATTR from the cache: writes the result at `out` (method form: two words, (method,
// self) or (NULL, value)) and answers true, or answers false on a miss.
// @ts-ignore: decorator
@inline export function loadAttrCached(owner: Value, name: PyStr, entry: usize, out: usize, method: bool): bool {
  if (!isPtr(owner)) return false;
  const o = objOf(owner);
  const way = wayFor(entry, changetype<PyType>(o.cls).version);
  if (way == 0) return false;
  if (load<u32>(way, 4) == HINT) {
    const v = atHint(o, name, <i32>load<u64>(way, 8));
    if (v == NULL) return false;
    if (method) {
      store<u64>(out, NULL);
      store<u64>(out + 8, v);
    } else {
      store<u64>(out, v);
    }
    return true;
  }
  if (A.shadowsMethod(owner, name)) return false;
  store<u64>(out, load<u64>(way, 8));
  store<u64>(out + 8, owner);
  return true;
}

// LOAD_ATTR the generic way (the owner is at `out`), then refill the entry. 0, or -1 with an
// exception set.
export function loadAttrMiss(name: PyStr, entry: usize, out: usize, method: bool): i32 {
  const owner = load<u64>(out);
  if (method) {
    if (A.loadMethod(owner, name, out) < 0) return -1;
  } else {
    const v = A.getAttr(owner, name);
    if (v == ERR) return -1;
    store<u64>(out, v);
  }
  if (!isPtr(owner)) return 0;
  const o = objOf(owner);
  const t = changetype<PyType>(o.cls);
  if ((t.flags & (TypeFlag.HAS_GETATTRIBUTE | TypeFlag.HAS_GETATTR)) != 0 || t.isMetatype() || t.kind == Kind.SUPER) return 0;
  const attr = t.lookup(name);
  if (A.neverDataDescriptor(attr) && !specialDataAttr(t, name)) {
    const ix = hintIndex(o, name);
    if (ix >= 0) {
      fill(entry, t.version, HINT, <u64>ix);
      return 0;
    }
  }
  if (method && A.isMethodDescriptor(attr)) fill(entry, t.version, METHOD, attr);
  return 0;
}

// STORE_ATTR through the cache (its ways are all HINTs): true when done, false on a miss.
// @ts-ignore: decorator
@inline export function storeAttrCached(owner: Value, name: PyStr, value: Value, entry: usize): bool {
  if (!isPtr(owner)) return false;
  const o = objOf(owner);
  const way = wayFor(entry, changetype<PyType>(o.cls).version);
  if (way == 0) return false;
  const ix = <i32>load<u64>(way, 8);
  if (atHint(o, name, ix) == NULL) return false;
  changetype<PyDict>(o.dict).setValueAt(ix, value);
  return true;
}

// STORE_ATTR the generic way, then refill the entry. 0, or -1 with an exception set.
export function storeAttrMiss(owner: Value, name: PyStr, value: Value, entry: usize): i32 {
  if (A.setAttr(owner, name, value) < 0) return -1;
  if (!isPtr(owner)) return 0;
  const o = objOf(owner);
  const t = changetype<PyType>(o.cls);
  // the cases where genericSetAttr does not simply store into the instance dict
  if ((t.flags & (TypeFlag.HAS_SETATTR | TypeFlag.HAS_SLOTS)) != 0 || t.isMetatype() || specialSetTakes(t, name)) return 0;
  if (!A.neverDataDescriptor(t.lookup(name))) return 0;
  const ix = hintIndex(o, name);
  if (ix >= 0) fill(entry, t.version, HINT, <u64>ix);
  return 0;
}

// The entry index of `name` in o's dict for a HINT, or -1: also when the key there is an
// equal string but not the interned name itself (set through setattr() with a computed
// string), which a hit's identity check would always reject.
function hintIndex(o: PyObject, name: PyStr): i32 {
  const dv = o.dict;
  if (dv === null) return -1;
  const d = changetype<PyDict>(dv);
  const ix = d.findStr(name);
  return ix >= 0 && d.keyAt(ix) == fromObj(name) ? ix : -1;
}
