// GC tracing for values hidden in NaN-boxed words.
//
// This folder is compiled as an AssemblyScript *library* (asconfig "lib"): the compiler
// honours a custom `__visit` only on classes declared in library files, and silently ignores
// it anywhere else (design.md §3). Everything here is therefore global (no imports needed)
// and kept tiny: two base classes whose custom `__visit` finds heap pointers inside u64
// value words.
//
// A value word is a heap pointer when its top 16 bits are the pointer tag 0xFFFB and the low
// 32 bits are the address (see objects/value.ts, which owns the encoding; the tag is repeated
// here as a literal because constants from library files cannot be shared reliably).
//
// Invariant: any object field or buffer that stores value words is covered by one of:
//   - PyObject.gcVals: (byte offset << 16) | count of consecutive u64 value fields,
//     set by the subclass constructor (offsets from `offsetof<T>()`);
//   - a ValueArray, whose first `length` words are traced.

// @ts-ignore: decorator
@inline function gcVisitValue(v: u64, cookie: u32): void {
  if ((v >>> 48) == 0xfffb) __visit(<usize>(v & 0xffffffff), cookie);
}

// Heap accounting for the collection policy (runtime/gc.ts): bytes handed out since the last
// collection and bytes that collection found live. The heap (assembly/memory/heap.ts) keeps
// both up to date; they live here because both it and the runtime can see this file.
let heapAllocated: usize = 0;
let heapLive: usize = 0;

// @ts-ignore: decorator
@inline export function countHeapAllocation(bytes: usize): void {
  heapAllocated += bytes;
}

export function heapBytesAllocated(): usize {
  return heapAllocated;
}

export function heapBytesLive(): usize {
  return heapLive;
}

// After a sweep: what survived, and a fresh count of allocations.
export function setHeapLive(bytes: usize): void {
  heapLive = bytes;
  heapAllocated = 0;
}

// Base of every Python heap object. `cls` is the object's type (a PyType); `dict` is the
// instance __dict__ (a PyDict) for objects that have one, so any builtin layout can carry
// the attributes of a user subclass.
export class PyObject {
  cls: PyObject | null = null;
  dict: PyObject | null = null;
  gcVals: u32 = 0;

  // @ts-ignore: the GC calls this
  private __visit(cookie: u32): void {
    const cls = this.cls;
    if (cls) __visit(changetype<usize>(cls), cookie);
    const dict = this.dict;
    if (dict) __visit(changetype<usize>(dict), cookie);
    const p = changetype<usize>(this) + <usize>(this.gcVals >>> 16);
    const n = <usize>(this.gcVals & 0xffff);
    for (let i: usize = 0; i < n; i++) gcVisitValue(load<u64>(p + (i << 3)), cookie);
  }
}

// A growable array of value words in one raw buffer (list items, tuple items, dict entries,
// the VM value stack, saved generator frames). Only [0, length) is traced.
export class ValueArray {
  data: usize = 0; // a GC block allocated with __new(…, idof<ArrayBuffer>())
  length: i32 = 0;
  capacity: i32 = 0;

  // @ts-ignore: the GC calls this
  private __visit(cookie: u32): void {
    const d = this.data;
    if (d == 0) return;
    __visit(d, cookie);
    const n = <usize>this.length;
    for (let i: usize = 0; i < n; i++) gcVisitValue(load<u64>(d + (i << 3)), cookie);
  }

  // @ts-ignore: decorator
  @inline get(i: i32): u64 {
    return load<u64>(this.data + (<usize>i << 3));
  }

  // @ts-ignore: decorator
  @inline set(i: i32, v: u64): void {
    store<u64>(this.data + (<usize>i << 3), v);
  }

  // Grow the buffer to hold at least `need` words (amortised doubling).
  reserve(need: i32): void {
    if (need <= this.capacity) return;
    let cap = this.capacity < 4 ? 4 : this.capacity;
    while (cap < need) cap = cap < 0x10000000 ? cap << 1 : need;
    const fresh = __new(<usize>cap << 3, idof<ArrayBuffer>());
    if (this.data != 0) memory.copy(fresh, this.data, <usize>this.length << 3);
    this.data = fresh;
    this.capacity = cap;
  }

  push(v: u64): void {
    if (this.length == this.capacity) this.reserve(this.length + 1);
    store<u64>(this.data + (<usize>this.length << 3), v);
    this.length++;
  }
}
