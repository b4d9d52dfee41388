// PyDict: insertion-ordered hash table (CPython's compact dict layout).
//
//   indices: open-addressing table of entry numbers (EMPTY, DUMMY or an index into entries),
//            probed like CPython (i = i*5 + perturb + 1, perturb >>= 5)
//   entries: ValueArray of (key, value) pairs in insertion order; a deleted entry has key NULL
//   hashes:  the hash of each entry
// Invariants: used = live entries; count = entries in use including deleted ones;
// count < 2/3 of the index table.
//
// Keys versions (LOAD_GLOBAL's inline cache, vm/globalcache.ts): `keysVersion` names the
// dict's current key layout (which keys are present, at which entry index). Any change to it
// (insert, delete, resize, clear, popitem) resets the field to 0, "no version"; a cache that
// wants to remember an entry index asks keysVersionOf(), which hands out a fresh number from
// one global counter. So a version is never reused: equal versions mean the same dict with
// the same keys at the same indices, and a cached index stays valid while it matches. Values
// are not part of the layout: replacing a value keeps the version, and caches read the value
// from the entry each time. Numbers are only spent when a cache is filled after a change,
// so the 32-bit counter lasts; when it runs out, keysVersionOf answers 0 and nothing more
// is cached (CPython's dk_version works the same way).
// Fallible operations follow runtime/errors.ts: ERR (Value) or -1 (i32) with an exception set.
import { Value, NULL, ERR, isPtr, objOf, fromObj } from "./value";
import { T } from "./type";
import { PyStr, strEq } from "./str";
import { hashValue, richEqual } from "../runtime/abstract";

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

export class PyDict extends PyObject {
  indices: StaticArray<i32>;
  entries: ValueArray = new ValueArray();
  hashes: StaticArray<i64>;
  used: i32 = 0;
  count: i32 = 0;
  keysVersion: u32 = 0;

  constructor(capacity: i32 = 8) {
    super();
    this.cls = T.dictOrNull();
    let size = 8;
    while (size * 2 < capacity * 3) size <<= 1;
    this.indices = newIndices(size);
    this.hashes = new StaticArray<i64>((size * 2) / 3);
    this.entries.reserve(((size * 2) / 3) * 2);
  }

  // @ts-ignore: decorator
  @inline keyAt(i: i32): Value {
    return this.entries.get(i << 1);
  }

  // @ts-ignore: decorator
  @inline valueAt(i: i32): Value {
    return this.entries.get((i << 1) + 1);
  }

  // @ts-ignore: decorator
  @inline setValueAt(i: i32, v: Value): void {
    this.entries.set((i << 1) + 1, v);
  }

  // Entry index of key, -1 when absent, -2 on error.
  find(key: Value, hash: i64): i32 {
    const indices = this.indices;
    const mask = <u64>(indices.length - 1);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    while (true) {
      const ix = unchecked(indices[<i32>i]);
      if (ix == EMPTY) return -1;
      if (ix >= 0) {
        const k = this.keyAt(ix);
        if (k == key) return ix;
        if (unchecked(this.hashes[ix]) == hash && k != NULL) {
          const eq = richEqual(k, key);
          if (eq < 0) return -2;
          if (eq > 0) return ix;
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  // The probe for a str key behind getStr and findStr: on a hit the value (wantValue) or the
  // entry index, on a miss NULL or -1. No user code can run: str keys compare by identity or
  // by content, and other keys never match. Inlined with a constant wantValue, so getStr (one
  // of the hottest functions: attribute and global lookups) still returns from inside the
  // loop, with the entry address at hand, and setStr (instance attribute stores) saves a call.
  // @ts-ignore: decorator
  @inline private probeStr(key: PyObject, wantValue: bool): u64 {
    const ks = changetype<PyStr>(key);
    const hash = ks.getHash();
    const indices = this.indices;
    const mask = <u64>(indices.length - 1);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    while (true) {
      const ix = unchecked(indices[<i32>i]);
      if (ix == EMPTY) return wantValue ? NULL : <u64>-1;
      if (ix >= 0 && unchecked(this.hashes[ix]) == hash) {
        const k = this.keyAt(ix);
        if (isPtr(k)) {
          const ko = objOf(k);
          if (ko === key || (ko.cls === T.str && strEq(changetype<PyStr>(ko), ks))) {
            return wantValue ? this.valueAt(ix) : <u64>ix;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  // Entry index of a str key, -1 when absent (no user code can run).
  findStr(key: PyObject): i32 {
    return <i32>this.probeStr(key, false);
  }

  // Value for a str key, NULL when absent (no user code can run).
  getStr(key: PyObject): Value {
    return this.probeStr(key, true);
  }

  // Store under a str key (no user code can run).
  setStr(key: PyObject, value: Value): void {
    const ix = <i32>this.probeStr(key, false);
    if (ix >= 0) this.setValueAt(ix, value);
    else this.insertNew(fromObj(key), changetype<PyStr>(key).getHash(), value);
  }

  // Value for key: NULL when absent, ERR on error.
  getItem(key: Value): Value {
    const h = hashValue(key);
    if (h == -1) return ERR;
    return this.getItemHashed(key, h);
  }

  getItemHashed(key: Value, hash: i64): Value {
    const ix = this.find(key, hash);
    if (ix == -2) return ERR;
    if (ix < 0) return NULL;
    return this.valueAt(ix);
  }

  // 0 on success, -1 on error.
  setItem(key: Value, value: Value): i32 {
    const h = hashValue(key);
    if (h == -1) return -1;
    return this.setItemHashed(key, h, value);
  }

  setItemHashed(key: Value, hash: i64, value: Value): i32 {
    const ix = this.find(key, hash);
    if (ix == -2) return -1;
    if (ix >= 0) {
      this.setValueAt(ix, value);
      return 0;
    }
    this.insertNew(key, hash, value);
    return 0;
  }

  // Append a key known to be absent.
  insertNew(key: Value, hash: i64, value: Value): void {
    if (this.count >= this.hashes.length) this.resize(this.used * 3);
    const ix = this.count++;
    this.entries.reserve((ix + 1) * 2);
    this.entries.length = (ix + 1) * 2;
    this.entries.set(ix << 1, key);
    this.entries.set((ix << 1) + 1, value);
    unchecked((this.hashes[ix] = hash));
    this.placeIndex(hash, ix);
    this.used++;
    this.keysVersion = 0;
  }

  private placeIndex(hash: i64, ix: i32): void {
    const indices = this.indices;
    const mask = <u64>(indices.length - 1);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    while (unchecked(indices[<i32>i]) >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    unchecked((indices[<i32>i] = ix));
  }

  // Rebuild with room for at least `minUsed` entries, dropping deleted ones.
  resize(minUsed: i32): void {
    let size = 8;
    while ((size * 2) / 3 <= minUsed) size <<= 1;
    const oldEntries = this.entries;
    const oldHashes = this.hashes;
    const n = this.count;
    const fresh = new ValueArray();
    const cap = (size * 2) / 3;
    fresh.reserve(cap * 2);
    const hashes = new StaticArray<i64>(cap);
    let j = 0;
    for (let i = 0; i < n; i++) {
      const k = oldEntries.get(i << 1);
      if (k == NULL) continue;
      fresh.set(j << 1, k);
      fresh.set((j << 1) + 1, oldEntries.get((i << 1) + 1));
      unchecked((hashes[j] = oldHashes[i]));
      j++;
    }
    fresh.length = j * 2;
    this.entries = fresh;
    this.hashes = hashes;
    this.indices = newIndices(size);
    this.count = j;
    this.keysVersion = 0;
    for (let i = 0; i < j; i++) this.placeIndex(unchecked(hashes[i]), i);
  }

  // Remove the entry at index ix (found by find()).
  removeAt(ix: i32): void {
    const hash = unchecked(this.hashes[ix]);
    const indices = this.indices;
    const mask = <u64>(indices.length - 1);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    while (unchecked(indices[<i32>i]) != ix) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    unchecked((indices[<i32>i] = DUMMY));
    this.entries.set(ix << 1, NULL);
    this.entries.set((ix << 1) + 1, NULL);
    this.used--;
    this.keysVersion = 0;
  }

  // 1 removed, 0 absent, -1 error.
  delItem(key: Value): i32 {
    const h = hashValue(key);
    if (h == -1) return -1;
    const ix = this.find(key, h);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    this.removeAt(ix);
    return 1;
  }

  clear(): void {
    this.indices = newIndices(8);
    this.entries = new ValueArray();
    this.hashes = new StaticArray<i64>(5);
    this.used = 0;
    this.count = 0;
    this.keysVersion = 0;
  }

  // Next live entry index at or after i, or -1.
  nextEntry(i: i32): i32 {
    const n = this.count;
    while (i < n) {
      if (this.keyAt(i) != NULL) return i;
      i++;
    }
    return -1;
  }

  hashAt(i: i32): i64 {
    return unchecked(this.hashes[i]);
  }
}

// The last number keysVersionOf handed out; u32.MAX_VALUE is never handed out, so caches
// can use it to mean "empty".
let lastKeysVersion: u32 = 0;

// d's keys version, assigned now if it has none; 0 when the counter is spent (don't cache).
export function keysVersionOf(d: PyDict): u32 {
  let v = d.keysVersion;
  if (v == 0 && lastKeysVersion < u32.MAX_VALUE - 1) {
    v = ++lastKeysVersion;
    d.keysVersion = v;
  }
  return v;
}

function newIndices(size: i32): StaticArray<i32> {
  const a = new StaticArray<i32>(size);
  a.fill(EMPTY);
  return a;
}
