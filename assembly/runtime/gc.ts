// Garbage collection at safe points and the memory limit (design.md §3).
// The heap (assembly/memory/heap.ts) never collects by itself. Collections run from the VM's
// budget poll (calls and backward jumps) once enough bytes were allocated since the previous
// one, where every live value sits in the value stack, frames and objects: in the outermost
// dispatch loop, or in a nested one whose natives below all keep their heap values rooted
// (ts.unrootedEntries == 0; see vm/call.ts openRoots). Where that does not hold, the poll
// still raises MemoryError past the limit rather than let memory grow without bound.
// The limit: when linear memory has grown past the host's limit, a collection runs, and
// MemoryError is raised if the live data alone still exceeds it (linear memory never shrinks,
// and the allocator grows it in doublings, so its size overshoots what is in use). One
// MemoryError is raised per growth past the limit. Single allocations that would jump far
// past the limit are refused up front by reserveMemory.
import { ts } from "./state";
import { raise } from "./errors";
import { E } from "../objects/exceptions";
import { vstack, chain } from "../vm/frame";

// When to collect: once the heap has handed out twice as many bytes since the last collection
// as that collection found live (the heap may grow to three times its live size), at least
// MIN_ALLOCATION_BYTES (so a small live heap is not marked over and over), and at most what
// still fits under the memory limit. Marking the whole live heap each time is the cost of
// having no generations; this keeps it at half a marked byte per allocated byte. Measured on
// bench/ and a split-heavy loop: 1x live spent 40% of that loop in the collector, 2x cut its
// time by 16%; the old budget of 4x the live objects ran it out of 256 MiB. Counting
// bytes, not objects, sees strings and buffers too: an object budget let list- and
// string-heavy programs fill memory with garbage between collections.
const MIN_ALLOCATION_BYTES: usize = 32 << 20;
const MIN_ROOM_BYTES: usize = 4 << 20;
let pagesAtLastMemoryError: i32 = 0;

// Collections so far (tests and the host can read it through index.ts).
export let collections: i32 = 0;

function collectNow(): void {
  collections++;
  ts.collectPending = false;
  const top = chain.top;
  vstack.setTop(top !== null ? top.sp : vstack.start);
  __collect();
}

// Test mode (index.ts gc_stress): collect whenever this many bytes were allocated, so that a
// value some native forgot to root is freed while still in use and the tests see it.
let stressBytes: usize = 0;

export function setGcStress(bytes: usize): void {
  stressBytes = bytes;
}

function allocationBudgetSpent(): bool {
  if (stressBytes != 0) return heapBytesAllocated() >= stressBytes;
  const live = heapBytesLive();
  let budget = live * 2 > MIN_ALLOCATION_BYTES ? live * 2 : MIN_ALLOCATION_BYTES;
  // near the memory limit, collect before the heap (live + new) would pass it
  const limit = <usize>ts.memoryLimit;
  const room = limit > live + MIN_ROOM_BYTES ? limit - live : MIN_ROOM_BYTES;
  if (budget > room) budget = room;
  return heapBytesAllocated() >= budget;
}

// Where nothing can be collected (Python running as a callback of a builtin that keeps values
// the collector cannot see: map's function under list(), __eq__ in a dict lookup), garbage
// piles up until the builtin returns. Memory may grow to this many times the limit there
// before MemoryError, so that ordinary programs still run, while runaway ones stop well
// before linear memory's 4 GiB end, where growing would trap.
const UNCOLLECTABLE_LIMIT_FACTOR: i32 = 4;
const HARD_LIMIT_PAGES: i32 = 56 << 10; // 3.5 GiB

function limitPages(canCollect: bool): i32 {
  const pages = <i32>(ts.memoryLimit >> 16);
  if (canCollect) return pages;
  const relaxed = pages * UNCOLLECTABLE_LIMIT_FACTOR;
  return relaxed < HARD_LIMIT_PAGES && relaxed > pages ? relaxed : HARD_LIMIT_PAGES;
}

// Budget-poll collection. Returns true when MemoryError was raised.
export function collectGarbage(force: bool): bool {
  const pages = memory.size();
  const canCollect = force || ts.unrootedEntries == 0;
  const overLimit = pages > limitPages(canCollect) && pages > pagesAtLastMemoryError;
  if (force || allocationBudgetSpent() || overLimit) {
    if (canCollect) collectNow();
    else ts.collectPending = true;
  }
  // after a collection, what counts is whether the live data alone exceeds the limit (memory
  // may have grown while nothing could be collected, and linear memory never shrinks)
  const exceeded = canCollect ? overLimit && <f64>heapBytesLive() > <f64>ts.memoryLimit : overLimit;
  if (!force && exceeded) {
    pagesAtLastMemoryError = pages;
    raise(E.MemoryError, "");
    return true;
  }
  return false;
}

// Memory (bytes) past which allocation checks give up: a quarter above the limit, or the
// relaxed limit where nothing can be collected.
function ceilingBytes(): f64 {
  const canCollect = ts.unrootedEntries == 0;
  const soft = <f64>ts.memoryLimit * 1.25;
  if (canCollect) return soft;
  const relaxed = <f64>(<usize>limitPages(false) << 16);
  return relaxed > soft ? relaxed : soft;
}

// Bytes the heap holds now: what the last collection found live plus all allocated since
// (linear memory's size is no measure: it never shrinks).
function heapBytesInUse(): f64 {
  return <f64>heapBytesLive() + <f64>heapBytesAllocated();
}

// Before allocating `bytes` at once: false with MemoryError when it cannot fit.
export function reserveMemory(bytes: f64): bool {
  if (bytes >= <f64>ts.memoryLimit || heapBytesInUse() + bytes > ceilingBytes()) {
    raise(E.MemoryError, "");
    return false;
  }
  return true;
}

// For loops inside one native call that keep allocating (list(huge iterable), str.join of
// many parts): false with MemoryError once memory is well past the limit.
export function memoryCheckpoint(): bool {
  if (heapBytesInUse() > ceilingBytes()) {
    raise(E.MemoryError, "");
    return false;
  }
  return true;
}
