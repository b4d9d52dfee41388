// PyDict: insertion-ordered hash table (CPython's compact dict layout).
//
//   indices: open-addressing table of entry numbers (EMPTY, DUMMY or an index into entries),
//            probed like CPython (i = i*5 + perturb + 1, perturb >>= 5)
//   entries: ValueArray of (key, value) pairs in insertion order; a deleted entry has key NULL
//   hashes:  the hash of each entry
// Invariants: used = live entries; count = entries in use including deleted ones;
// count < 2/3 of the index table; `version` changes on every mutation (iteration checks,
// LOAD_GLOBAL caches).
// Fallible operations follow runtime/errors.ts: ERR (Value) or -1 (i32) with an exception set.
import { Value, NULL, ERR, isPtr, objOf } from "./value";
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
  version: u32 = 0;

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

  // Fast lookup for a str key: no user code can run. NULL when absent.
  getStr(key: PyObject): Value {
    const ks = changetype<PyStr>(key);
    const hash = ks.getHash();
    const indices = this.indices;
    const mask = <u64>(indices.length - 1);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    while (true) {
      const ix = unchecked(indices[<i32>i]);
      if (ix == EMPTY) return NULL;
      if (ix >= 0 && unchecked(this.hashes[ix]) == hash) {
        const k = this.keyAt(ix);
        if (isPtr(k)) {
          const ko = objOf(k);
          if (ko === key) return this.valueAt(ix);
          if (ko.cls === T.str && strEq(changetype<PyStr>(ko), ks)) return this.valueAt(ix);
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  // Store under a str key (no user code can run).
  setStr(key: PyObject, value: Value): void {
    const ks = changetype<PyStr>(key);
    const hash = ks.getHash();
    const keyv = 0xfffb_0000_0000_0000 | <u64>changetype<usize>(key);
    const indices = this.indices;
    const mask = <u64>(indices.length - 1);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    while (true) {
      const ix = unchecked(indices[<i32>i]);
      if (ix == EMPTY) break;
      if (ix >= 0 && unchecked(this.hashes[ix]) == hash) {
        const k = this.keyAt(ix);
        if (isPtr(k)) {
          const ko = objOf(k);
          if (ko === key || (ko.cls === T.str && strEq(changetype<PyStr>(ko), ks))) {
            this.setValueAt(ix, value);
            this.version++;
            return;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    this.insertNew(keyv, hash, value);
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
      this.version++;
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
    this.version++;
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
    this.version++;
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
    this.version++;
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

function newIndices(size: i32): StaticArray<i32> {
  const a = new StaticArray<i32>(size);
  a.fill(EMPTY);
  return a;
}
