// Garbage collection at safe points and the memory limit (design.md §3).
// The `minimal` runtime never collects by itself. Collections run from the VM's budget poll
// (calls and backward jumps) once enough Python objects were allocated since the previous
// one, only in the outermost dispatch loop (reentry <= 1), where every live value sits in
// the value stack and frames.
// The limit: linear memory never shrinks, so "over the limit" means memory had to grow past
// the host's limit even after collecting. One MemoryError is raised per growth past the
// limit (the memory already obtained stays usable for later programs). Single allocations
// that would jump far past the limit are refused up front by reserveMemory.
import { ts } from "./state";
import { raise } from "./errors";
import { E } from "../objects/exceptions";
import { vstack, chain } from "../vm/frame";

// Objects to allocate before the next collection: four times the objects the last
// collection found live (marking the whole live heap each time is the cost of having no
// generations; bench/ showed 2x spent a quarter of string-heavy runs in the collector),
// and at least this many.
const MIN_ALLOCATION_BUDGET: i32 = 100_000;
let allocationBudget: i32 = MIN_ALLOCATION_BUDGET;
// Allocations that are not Python objects (strings, buffers) are not counted: linear memory
// growing by half since the last collection (and at least 8 MiB) also triggers one.
let pagesAfterCollection: i32 = 0;
let pagesAtLastMemoryError: i32 = 0;

// Collections so far (tests and the host can read it through index.ts).
export let collections: i32 = 0;

function collectNow(): void {
  collections++;
  const top = chain.top;
  vstack.setTop(top !== null ? top.sp : vstack.start);
  resetObjectCounts();
  __collect();
  pagesAfterCollection = memory.size();
  const live = objectsMarked();
  allocationBudget = live * 4 > MIN_ALLOCATION_BUDGET ? live * 4 : MIN_ALLOCATION_BUDGET;
  resetObjectCounts();
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
  if (force || objectsAllocated() >= allocationBudget || grown || overLimit) {
    if (ts.reentry > 1 && !force) return false;
    collectNow();
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
