// Inline caches for instance attributes: `obj.name` loads and `obj.name = v` stores on
// instances of classes written in Python (CPython 3.12 specialises these as
// LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE).
//
// The cache is the instruction's inline-cache units (the opcode table reserves 3 for
// LOAD_ATTR and STORE_ATTR): the type's version (2 units) and an entry-index hint (1 unit)
// into the instance's __dict__. A hit needs both:
//   - the type version is unchanged, so the class and its MRO still have no data descriptor
//     (property, __slots__ member, ...) and no __getattribute__/__setattr__ for the name:
//     PyType.version changes whenever any dict in the MRO changes;
//   - the instance dict holds exactly the interned name object at the hinted entry (instances
//     of one class usually insert their attributes in the same order, so one hint serves
//     them all). Deleted entries have a NULL key, so they never match.
// Anything else takes the generic path, which may then refill the cache.
import { Value, NULL, fromObj, isPtr, objOf } from "../objects/value";
import { PyType, TypeFlag, Kind } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyDict } from "../objects/dict";
import { isDataDescriptor } from "../runtime/abstract";

// Entry indices the hint can hold, and how far a refill scans for the name.
const MAX_HINT: i32 = 64;

// @ts-ignore: decorator
@inline function cachedVersion(cache: usize): u32 {
  return load<u32>(cache);
}

// @ts-ignore: decorator
@inline function hint(cache: usize): i32 {
  return <i32>load<u16>(cache, 4);
}

// The instance dict of `owner` when the cache at `cache` applies to it, else null.
// @ts-ignore: decorator
@inline function cachedDict(cache: usize, owner: Value): PyDict | null {
  if (!isPtr(owner)) return null;
  const o = objOf(owner);
  const d = o.dict;
  if (d === null || changetype<PyType>(o.cls).version != cachedVersion(cache)) return null;
  return changetype<PyDict>(d);
}

// The cached attribute value, or NULL on a miss.
// @ts-ignore: decorator
@inline export function loadCachedAttr(cache: usize, owner: Value, name: PyStr): Value {
  const d = cachedDict(cache, owner);
  if (d === null) return NULL;
  const ix = hint(cache);
  if (ix >= d.entries.length >> 1 || d.keyAt(ix) != fromObj(name)) return NULL;
  return d.valueAt(ix);
}

// Store through the cache; false on a miss (nothing stored).
// @ts-ignore: decorator
@inline export function storeCachedAttr(cache: usize, owner: Value, name: PyStr, value: Value): bool {
  const d = cachedDict(cache, owner);
  if (d === null) return false;
  const ix = hint(cache);
  if (ix >= d.entries.length >> 1 || d.keyAt(ix) != fromObj(name)) return false;
  d.setValueAt(ix, value);
  return true;
}

// After the generic path loaded or stored `name` on `owner`: point the cache at it when the
// attribute is a plain instance-dict entry of a Python class instance.
export function fillAttrCache(cache: usize, owner: Value, name: PyStr, forStore: bool): void {
  if (!isPtr(owner)) return;
  const o = objOf(owner);
  const d = o.dict;
  if (d === null) return;
  const t = changetype<PyType>(o.cls);
  if (!(t.flags & TypeFlag.HEAP) || t.kind == Kind.TYPE) return;
  if (t.flags & (forStore ? TypeFlag.HAS_SETATTR : TypeFlag.HAS_GETATTRIBUTE)) return;
  const attr = t.lookup(name);
  if (attr != NULL && isDataDescriptor(attr)) return;
  const dict = changetype<PyDict>(d);
  const key = fromObj(name);
  const n = min(dict.entries.length >> 1, MAX_HINT);
  for (let i = 0; i < n; i++) {
    if (dict.keyAt(i) == key) {
      store<u32>(cache, t.version);
      store<u16>(cache, <u16>i, 4);
      return;
    }
  }
}
