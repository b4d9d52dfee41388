// Garbage collection at safe points and the memory limit (design.md §3).
// The heap (assembly/memory/heap.ts) never collects by itself. Collections run from the VM's
// budget poll (calls and backward jumps) once enough bytes were allocated since the previous
// one, where every live value sits in the value stack, frames and objects: in the outermost
// dispatch loop, or in a nested one whose natives below all keep their heap values rooted
// (ts.unrootedEntries == 0; see vm/call.ts openRoots). Where that does not hold, the poll
// still raises MemoryError past the limit rather than let memory grow without bound.
// The limit: linear memory never shrinks, so "over the limit" means memory had to grow past
// the host's limit even after collecting. One MemoryError is raised per growth past the
// limit (the memory already obtained stays usable for later programs). Single allocations
// that would jump far past the limit are refused up front by reserveMemory.
import { ts } from "./state";
import { raise } from "./errors";
import { E } from "../objects/exceptions";
import { vstack, chain } from "../vm/frame";

// When to collect: once the heap has handed out as many bytes since the last collection as
// that collection found live (the heap may grow to twice its live size, Go's GOGC=100), and
// at least MIN_ALLOCATION_BYTES (so a small live heap is not marked over and over). Marking
// the whole live heap each time is the cost of having no generations; this keeps it at one
// marked byte per allocated byte at most. Measured on bench/: as fast as the previous budget
// of 4x the live objects, and the split-heavy program that ran out of 256 MiB under it fits
// in 170 MiB. Counting
// bytes, not objects, sees strings and buffers too: an object budget let list- and
// string-heavy programs fill memory with garbage between collections.
const MIN_ALLOCATION_BYTES: usize = 32 << 20;
// Linear memory growing by half since the last collection (and at least 8 MiB) also
// triggers one (memory the standard allocator takes outside the heap's accounting).
let pagesAfterCollection: i32 = 0;
let pagesAtLastMemoryError: i32 = 0;

// Collections so far (tests and the host can read it through index.ts).
export let collections: i32 = 0;

function collectNow(): void {
  collections++;
  const top = chain.top;
  vstack.setTop(top !== null ? top.sp : vstack.start);
  __collect();
  pagesAfterCollection = memory.size();
}

function allocationBudgetSpent(): bool {
  const live = heapBytesLive();
  return heapBytesAllocated() >= (live > MIN_ALLOCATION_BYTES ? live : MIN_ALLOCATION_BYTES);
}

function limitPages(): i32 {
  return <i32>(ts.memoryLimit >> 16);
}

// Budget-poll collection. Returns true when MemoryError was raised.
export function collectGarbage(force: bool): bool {
  const pages = memory.size();
  const overLimit = pages > limitPages() && pages > pagesAtLastMemoryError;
  if (pagesAfterCollection == 0) pagesAfterCollection = pages;
  const grown = pages >= pagesAfterCollection + (pagesAfterCollection >> 1) && pages >= pagesAfterCollection + 128;
  if (force || allocationBudgetSpent() || grown || overLimit) {
    if (force || ts.unrootedEntries == 0) collectNow();
  }
  if (!force && overLimit) {
    pagesAtLastMemoryError = pages;
    raise(E.MemoryError, "");
    return true;
  }
  return false;
}

// Before allocating `bytes` at once: false with MemoryError when it cannot fit.
export function reserveMemory(bytes: f64): bool {
  const limit = <f64>ts.memoryLimit;
  const used = <f64>(<usize>memory.size() << 16);
  if (bytes >= limit || used + bytes > limit * 1.25) {
    raise(E.MemoryError, "");
    return false;
  }
  return true;
}

// For loops inside one native call that keep allocating (list(huge iterable), str.join of
// many parts): false with MemoryError once memory is well past the limit.
export function memoryCheckpoint(): bool {
  if (<f64>(<usize>memory.size() << 16) > <f64>ts.memoryLimit * 1.25) {
    raise(E.MemoryError, "");
    return false;
  }
  return true;
}
