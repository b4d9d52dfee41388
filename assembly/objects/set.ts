// PySet / frozenset: open addressing with CPython's probe sequence (LINEAR_PROBES linear slots,
// then perturbation) and resize policy, so iteration order matches CPython for the same
// insertions (e.g. sets of small ints print in the same order).
//   keys:   value words; NULL = never used, DUMMY_KEY = deleted
//   hashes: hash per slot (-1 for deleted, matching CPython's dummy marker)
// Invariant: fill*5 < mask*3 after every insertion (fill counts active + deleted slots).
import { Value, NULL, fromObj } from "./value";
import { T } from "./type";
import { PyTuple } from "./tuple";
import { hashValue, richEqual } from "../runtime/abstract";

const MINSIZE: i32 = 8;
const LINEAR_PROBES: i32 = 9;
export const DUMMY_KEY: Value = 0xfffa_0000_0000_00fe;

export class PySet extends PyObject {
  keys: ValueArray = new ValueArray();
  hashes: StaticArray<i64> = new StaticArray<i64>(MINSIZE);
  mask: i32 = MINSIZE - 1;
  fill: i32 = 0;
  used: i32 = 0;
  hash: i64 = -1; // frozenset only
  finger: i32 = 0; // where set.pop() resumes its scan (CPython's so->finger)
  version: u32 = 0;

  constructor(frozen: bool = false) {
    super();
    this.cls = frozen ? T.frozenset : T.set;
    this.keys.reserve(MINSIZE);
    this.keys.length = MINSIZE;
    for (let i = 0; i < MINSIZE; i++) this.keys.set(i, NULL);
  }

  // @ts-ignore: decorator
  @inline keyAt(i: i32): Value {
    return this.keys.get(i);
  }

  isLive(i: i32): bool {
    const k = this.keys.get(i);
    return k != NULL && k != DUMMY_KEY;
  }

  // Slot of key or -1 when absent, -2 on error.
  find(key: Value, hash: i64): i32 {
    const mask = this.mask;
    let perturb = <u64>hash;
    let i = <i32>(<u64>hash & <u64>mask);
    while (true) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      while (true) {
        const k = this.keys.get(j);
        if (k == NULL) return -1;
        if (k != DUMMY_KEY && unchecked(this.hashes[j]) == hash) {
          if (k == key) return j;
          const eq = richEqual(k, key);
          if (eq < 0) return -2;
          if (eq > 0) return j;
        }
        if (probes-- == 0) break;
        j++;
      }
      perturb >>= 5;
      i = <i32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
    }
  }

  // 1 added, 0 present, -1 error.
  addHashed(key: Value, hash: i64): i32 {
    const mask = this.mask;
    let perturb = <u64>hash;
    let i = <i32>(<u64>hash & <u64>mask);
    let freeslot = -1;
    while (true) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      while (true) {
        const k = this.keys.get(j);
        if (k == NULL) {
          if (freeslot >= 0) {
            this.keys.set(freeslot, key);
            unchecked((this.hashes[freeslot] = hash));
            this.used++;
            this.version++;
            return 1;
          }
          this.keys.set(j, key);
          unchecked((this.hashes[j] = hash));
          this.fill++;
          this.used++;
          this.version++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return 1;
        }
        if (k == DUMMY_KEY) {
          if (freeslot < 0) freeslot = j;
        } else if (unchecked(this.hashes[j]) == hash) {
          if (k == key) return 0;
          const eq = richEqual(k, key);
          if (eq < 0) return -1;
          if (eq > 0) return 0;
        }
        if (probes-- == 0) break;
        j++;
      }
      perturb >>= 5;
      i = <i32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
    }
  }

  add(key: Value): i32 {
    const h = hashValue(key);
    if (h == -1) return -1;
    return this.addHashed(key, h);
  }

  // Insert into a table known to hold no equal key and no deleted slots.
  private insertClean(key: Value, hash: i64): void {
    const mask = this.mask;
    let perturb = <u64>hash;
    let i = <i32>(<u64>hash & <u64>mask);
    while (true) {
      if (this.keys.get(i) == NULL) break;
      let found = false;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys.get(i + j) == NULL) {
            i += j;
            found = true;
            break;
          }
        }
      }
      if (found) break;
      perturb >>= 5;
      i = <i32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
    }
    this.keys.set(i, key);
    unchecked((this.hashes[i] = hash));
  }

  resize(minused: i32): void {
    let size = MINSIZE;
    while (size <= minused) size <<= 1;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const oldSize = this.mask + 1;
    this.keys = new ValueArray();
    this.keys.reserve(size);
    this.keys.length = size;
    for (let i = 0; i < size; i++) this.keys.set(i, NULL);
    this.hashes = new StaticArray<i64>(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldSize; i++) {
      const k = oldKeys.get(i);
      if (k != NULL && k != DUMMY_KEY) this.insertClean(k, unchecked(oldHashes[i]));
    }
    this.version++;
  }

  // 1 removed, 0 absent, -1 error.
  discard(key: Value): i32 {
    const h = hashValue(key);
    if (h == -1) return -1;
    const j = this.find(key, h);
    if (j == -2) return -1;
    if (j < 0) return 0;
    this.keys.set(j, DUMMY_KEY);
    unchecked((this.hashes[j] = -1));
    this.used--;
    this.version++;
    return 1;
  }

  // 1 present, 0 absent, -1 error.
  contains(key: Value): i32 {
    const h = hashValue(key);
    if (h == -1) return -1;
    const j = this.find(key, h);
    if (j == -2) return -1;
    return j >= 0 ? 1 : 0;
  }

  // Merge another set (CPython's set_merge: same-shape tables copy slot for slot).
  mergeSet(other: PySet): i32 {
    if (other.used == 0) return 0;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const n = other.mask + 1;
    if (this.fill == 0 && this.mask == other.mask && other.fill == other.used) {
      for (let i = 0; i < n; i++) {
        const k = other.keys.get(i);
        if (k != NULL) {
          this.keys.set(i, k);
          unchecked((this.hashes[i] = other.hashes[i]));
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      this.version++;
      return 0;
    }
    if (this.fill == 0) {
      for (let i = 0; i < n; i++) {
        const k = other.keys.get(i);
        if (k != NULL && k != DUMMY_KEY) this.insertClean(k, unchecked(other.hashes[i]));
      }
      this.fill = other.used;
      this.used = other.used;
      this.version++;
      return 0;
    }
    for (let i = 0; i < n; i++) {
      const k = other.keys.get(i);
      if (k != NULL && k != DUMMY_KEY) {
        if (this.addHashed(k, unchecked(other.hashes[i])) < 0) return -1;
      }
    }
    return 0;
  }

  clear(): void {
    this.keys = new ValueArray();
    this.keys.reserve(MINSIZE);
    this.keys.length = MINSIZE;
    for (let i = 0; i < MINSIZE; i++) this.keys.set(i, NULL);
    this.hashes = new StaticArray<i64>(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.version++;
  }

  // Next live slot at or after i, or -1.
  nextSlot(i: i32): i32 {
    const n = this.mask + 1;
    while (i < n) {
      if (this.isLive(i)) return i;
      i++;
    }
    return -1;
  }

  hashAt(i: i32): i64 {
    return unchecked(this.hashes[i]);
  }
}

export function newFrozenSetFromTuple(t: PyTuple): Value {
  const s = new PySet(true);
  for (let i = 0; i < t.length; i++) s.add(t.get(i));
  return fromObj(s);
}
