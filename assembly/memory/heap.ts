// The garbage-collected heap: AssemblyScript's runtime interface (__new, __renew, __visit,
// __collect, __pin, __unpin), implemented here instead of the stock `minimal` runtime.
//
// Why our own: profiling string- and list-heavy programs under the stock runtime put ~40% of
// the time in its general-purpose allocator (every object a TLSF block: search, split, merge
// with neighbours on free) and ~20% in its collector (every object on a doubly linked list,
// relinked when marked). Python programs allocate mostly small objects of a handful of sizes,
// so this heap follows pymalloc's lead: small objects come from pages carved into equal slots,
// one free list per size class, so allocation is a pop and freeing a push; only objects larger
// than SMALL_MAX_PAYLOAD (and the pages themselves) come from the stock TLSF allocator, which
// stays in use as the page and large-object provider (imported, not copied).
//
// The collector is a stop-the-world mark and sweep, run only when runtime/gc.ts calls
// __collect at a safe point (design.md §3). Marking pushes objects on an intrusive gray list
// (no recursion, so deep object graphs cannot overflow the wasm stack); sweeping walks every
// page and the large-object table.
//
// Object layout. The standard library reads rtId and rtSize just before an object (String
// length, ArrayBuffer byteLength, instanceof), so the header keeps the stock 20-byte layout:
//
//   payload - 20  mmInfo   TLSF's block word for large objects; unused in slots
//   payload - 16  gcInfo   bit 0 MARK, bit 1 FREE, bits 2.. a link (gray list or free list)
//   payload - 12  gcInfo2  size class (1..CLASSES) for slots, LARGE | table index for large
//                          objects; unused for static objects (below __heap_base)
//   payload -  8  rtId
//   payload -  4  rtSize
//
// Payloads are 16-byte aligned as the stock runtime promises (v128 fields, and u64 value words
// never straddle a cache line).
//
// Built by src/tools/asc.ts, which installs this file as the library's `minimal` runtime: the
// standard library is then compiled for a collector that runs only when called, without a
// shadow stack, and does not expect __new to zero memory (as with the stock minimal runtime).
import { OBJECT_OVERHEAD, TOTAL_OVERHEAD, OBJECT_MAXSIZE } from "~lib/rt/common";
import "~lib/rt/tlsf";

// @ts-ignore: decorator
@inline const MARK: u32 = 1;
// @ts-ignore: decorator
@inline const FREE: u32 = 2;
// @ts-ignore: decorator
@inline const LINK_MASK: u32 = ~3;
// @ts-ignore: decorator
@inline const LARGE: u32 = 0x8000_0000;

// Size classes: a slot of class c is 16 * c bytes, header included, so class c holds payloads
// up to 16 * c - 20 bytes. Classes 2..CLASSES cover payloads up to SMALL_MAX_PAYLOAD.
// @ts-ignore: decorator
@inline const CLASSES: usize = 64;
// @ts-ignore: decorator
@inline const SMALL_MAX_PAYLOAD: usize = CLASSES * 16 - TOTAL_OVERHEAD;
// Bytes per page. A page starts 12 bytes before a 16-byte boundary so that payloads
// (slot + 20) land on 16-byte boundaries: TLSF blocks are 16-aligned, so slot 0 starts at
// page + 12.
// @ts-ignore: decorator
@inline const PAGE_BYTES: usize = 32 * 1024;
// @ts-ignore: decorator
@inline const FIRST_SLOT: usize = 12;

// Free-list heads per class, as payload addresses (0 = empty).
const freeHeads = memory.data(<i32>(CLASSES + 1) << 2);

// @ts-ignore: decorator
@inline function classOf(size: usize): usize {
  return (size + TOTAL_OVERHEAD + 15) >> 4;
}

// @ts-ignore: decorator
@inline function slotsPerPage(cls: usize): usize {
  return (PAGE_BYTES - FIRST_SLOT) / (cls << 4);
}

// A growable table of u32 words in TLSF memory (pages, large objects, pins, marked statics).
@unmanaged class WordTable {
  data: usize;
  length: usize;
  capacity: usize;

  push(word: usize): void {
    if (this.length == this.capacity) {
      const cap: usize = this.capacity < 64 ? 64 : this.capacity << 1;
      this.data = this.data == 0 ? __alloc(cap << 2) : __realloc(this.data, cap << 2);
      this.capacity = cap;
    }
    store<u32>(this.data + (this.length << 2), <u32>word);
    this.length++;
  }

  // @ts-ignore: decorator
  @inline get(i: usize): usize {
    return <usize>load<u32>(this.data + (i << 2));
  }

  // @ts-ignore: decorator
  @inline set(i: usize, word: usize): void {
    store<u32>(this.data + (i << 2), <u32>word);
  }
}

// Pages as (address, class) pairs; large objects by payload address; pinned objects; static
// objects marked in the current collection (their mark bits are cleared afterwards, since the
// sweep never visits them).
const pages = changetype<WordTable>(memory.data(offsetof<WordTable>()));
const larges = changetype<WordTable>(memory.data(offsetof<WordTable>()));
const pins = changetype<WordTable>(memory.data(offsetof<WordTable>()));
const markedStatics = changetype<WordTable>(memory.data(offsetof<WordTable>()));

// Head of the gray list during marking: objects marked but whose members are not yet visited.
let grayHead: usize = 0;

// @ts-ignore: decorator
@inline function gcInfo(p: usize): u32 {
  return load<u32>(p - 16);
}

// @ts-ignore: decorator
@inline function setGcInfo(p: usize, v: u32): void {
  store<u32>(p - 16, v);
}

// @ts-ignore: decorator
@inline function gcInfo2(p: usize): u32 {
  return load<u32>(p - 12);
}

// @ts-ignore: decorator
@inline function setGcInfo2(p: usize, v: u32): void {
  store<u32>(p - 12, v);
}

// Each class carves its newest page by bumping a cursor, so a fresh page is not threaded onto
// the free list slot by slot (first-touch of fresh memory was a visible cost of threading).
// Slots past the cursor hold no header yet; before a sweep, retireBumpPages threads them as
// free so the sweep sees every slot with a header.
const bumpNext = memory.data(<i32>(CLASSES + 1) << 2); // payload address of the next slot
const bumpEnd = memory.data(<i32>(CLASSES + 1) << 2); // one past the last payload address

// The next slot of class `cls` when its free list is empty.
function carve(cls: usize): usize {
  const at = cls << 2;
  let p = <usize>load<u32>(bumpNext + at);
  if (p == 0 || p >= <usize>load<u32>(bumpEnd + at)) {
    const page = __alloc(PAGE_BYTES);
    pages.push(page);
    pages.push(cls);
    p = page + FIRST_SLOT + TOTAL_OVERHEAD;
    store<u32>(bumpEnd + at, <u32>(p + slotsPerPage(cls) * (cls << 4)));
  }
  store<u32>(bumpNext + at, <u32>(p + (cls << 4)));
  setGcInfo2(p, <u32>cls);
  return p;
}

function retireBumpPages(): void {
  for (let cls: usize = 2; cls <= CLASSES; cls++) {
    const at = cls << 2;
    let p = <usize>load<u32>(bumpNext + at);
    if (p == 0) continue;
    const end = <usize>load<u32>(bumpEnd + at);
    for (; p < end; p += cls << 4) {
      setGcInfo(p, FREE);
      setGcInfo2(p, <u32>cls);
    }
    store<u32>(bumpNext + at, 0);
  }
}

function newLarge(size: usize, id: u32): usize {
  if (size > OBJECT_MAXSIZE) unreachable(); // callers check sizes against the memory limit first
  const p = __alloc(OBJECT_OVERHEAD + size) + OBJECT_OVERHEAD;
  countHeapAllocation(OBJECT_OVERHEAD + size);
  setGcInfo(p, 0);
  setGcInfo2(p, LARGE | <u32>larges.length);
  larges.push(p);
  store<u32>(p - 8, id);
  store<u32>(p - 4, <u32>size);
  return p;
}

// @ts-ignore: decorator
@global @unsafe
export function __new(size: usize, id: u32): usize {
  if (size > SMALL_MAX_PAYLOAD) return newLarge(size, id);
  const cls = classOf(size);
  const headAt = freeHeads + (cls << 2);
  let p = <usize>load<u32>(headAt);
  if (p != 0) store<u32>(headAt, gcInfo(p) & LINK_MASK);
  else p = carve(cls);
  countHeapAllocation(cls << 4);
  setGcInfo(p, 0);
  store<u32>(p - 8, id);
  store<u32>(p - 4, <u32>size);
  return p;
}

// Put a small object's slot back on its class's free list.
// @ts-ignore: decorator
@inline function freeSlot(p: usize, cls: usize): void {
  const headAt = freeHeads + (cls << 2);
  setGcInfo(p, load<u32>(headAt) | FREE);
  store<u32>(headAt, <u32>p);
}

// @ts-ignore: decorator
@global @unsafe
export function __renew(oldPtr: usize, size: usize): usize {
  const oldSize = <usize>load<u32>(oldPtr - 4);
  if (oldPtr >= __heap_base) {
    const info = gcInfo2(oldPtr);
    if ((info & LARGE) == 0) {
      const cls = <usize>info;
      if (size + TOTAL_OVERHEAD <= cls << 4) {
        store<u32>(oldPtr - 4, <u32>size);
        return oldPtr;
      }
    } else if (size > SMALL_MAX_PAYLOAD) {
      // stays large: let TLSF grow or shrink it in place when it can
      if (size > OBJECT_MAXSIZE) unreachable();
      const p = __realloc(oldPtr - OBJECT_OVERHEAD, OBJECT_OVERHEAD + size) + OBJECT_OVERHEAD;
      if (size > oldSize) countHeapAllocation(size - oldSize);
      larges.set(<usize>(info & ~LARGE), p);
      store<u32>(p - 4, <u32>size);
      return p;
    }
  }
  const p = __new(size, load<u32>(oldPtr - 8));
  memory.copy(p, oldPtr, min(size, oldSize));
  if (oldPtr >= __heap_base) {
    const info = gcInfo2(oldPtr);
    if ((info & LARGE) == 0) freeSlot(oldPtr, <usize>info);
    // a large block that became small is left for the next sweep to free: its table entry
    // must stay valid until then
  }
  return p;
}

// @ts-ignore: decorator
@global @unsafe
export function __link(parentPtr: usize, childPtr: usize, expectMultiple: bool): void {
  // no write barrier: the collector is not incremental
}

// Mark one object: push it on the gray list the first time it is seen in this collection.
// @ts-ignore: decorator
@global @unsafe
export function __visit(ptr: usize, cookie: i32): void {
  if (ptr == 0) return;
  const info = gcInfo(ptr);
  if (info & MARK) return;
  setGcInfo(ptr, <u32>grayHead | MARK);
  grayHead = ptr;
  if (ptr < __heap_base) markedStatics.push(ptr);
}

// @ts-ignore: decorator
@global @unsafe
export function __pin(ptr: usize): usize {
  if (ptr != 0) pins.push(ptr);
  return ptr;
}

// @ts-ignore: decorator
@global @unsafe
export function __unpin(ptr: usize): void {
  const n = pins.length;
  for (let i: usize = 0; i < n; i++) {
    if (pins.get(i) == ptr) {
      pins.set(i, pins.get(n - 1));
      pins.length = n - 1;
      return;
    }
  }
}

function drainGray(): void {
  while (grayHead != 0) {
    const p = grayHead;
    grayHead = <usize>(gcInfo(p) & LINK_MASK);
    __visit_members(p, 0);
  }
}

// Sweep one page: dead and free slots go on the free list, survivors lose their mark.
// Returns the number of survivors (none: the caller gives the page back).
function sweepPage(page: usize, cls: usize): usize {
  const headAt = freeHeads + (cls << 2);
  const saved = <usize>load<u32>(headAt);
  let head = saved;
  const stride = cls << 4;
  const n = slotsPerPage(cls);
  let live: usize = 0;
  // highest address first, so the list hands out slots in address order
  let p = page + FIRST_SLOT + TOTAL_OVERHEAD + (n - 1) * stride;
  for (let i: usize = 0; i < n; i++) {
    const info = gcInfo(p);
    if (info & MARK) {
      setGcInfo(p, 0);
      live++;
    } else {
      setGcInfo(p, <u32>head | FREE);
      head = p;
    }
    p -= stride;
  }
  if (live == 0) {
    store<u32>(headAt, <u32>saved);
    return 0;
  }
  store<u32>(headAt, <u32>head);
  return live;
}

function sweep(): void {
  retireBumpPages();
  // free lists are rebuilt from scratch
  memory.fill(freeHeads, 0, (CLASSES + 1) << 2);
  let kept: usize = 0;
  let liveBytes: usize = 0;
  const npages = pages.length;
  for (let i: usize = 0; i < npages; i += 2) {
    const page = pages.get(i);
    const cls = pages.get(i + 1);
    const live = sweepPage(page, cls);
    liveBytes += live * (cls << 4);
    if (live != 0) {
      pages.set(kept, page);
      pages.set(kept + 1, cls);
      kept += 2;
    } else {
      __free(page);
    }
  }
  pages.length = kept;

  kept = 0;
  const nlarge = larges.length;
  for (let i: usize = 0; i < nlarge; i++) {
    const p = larges.get(i);
    if (gcInfo(p) & MARK) {
      liveBytes += OBJECT_OVERHEAD + <usize>load<u32>(p - 4);
      setGcInfo(p, 0);
      setGcInfo2(p, LARGE | <u32>kept);
      larges.set(kept++, p);
    } else {
      __free(p - OBJECT_OVERHEAD);
    }
  }
  larges.length = kept;

  const nstatic = markedStatics.length;
  for (let i: usize = 0; i < nstatic; i++) setGcInfo(markedStatics.get(i), 0);
  markedStatics.length = 0;
  setHeapLive(liveBytes);
}

// @ts-ignore: decorator
@global @unsafe
export function __collect(): void {
  __visit_globals(0);
  const npins = pins.length;
  for (let i: usize = 0; i < npins; i++) __visit(pins.get(i), 0);
  drainGray();
  sweep();
}
