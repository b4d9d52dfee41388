// Frames and the value stack (design.md §4).
//
// One value stack in linear memory holds every frame's localsplus and operand stack:
//
//   caller:  … | callable | self-or-arg0 | args … |
//   callee:             base ^ localsplus[0..n) | operand stack … ^ sp
//
// A callee's localsplus starts at its first argument, where the caller pushed it, so a call
// with exactly the positional parameters copies nothing. Frame records live in a pool indexed
// by depth and are reused (no allocation per call); a generator owns its record and saves
// its slots into a ValueArray while suspended.
// The stack buffer never moves, so raw pointers into it (builtin `args`) stay valid; its
// `length` is updated to the live top before every collection so the GC traces exactly the
// live slots.
import { Value, NULL } from "../objects/value";
import { PyCode } from "../objects/code";
import { PyFunction } from "../objects/function";
import { PyDict } from "../objects/dict";
import { PyTuple } from "../objects/tuple";

export const STACK_WORDS: i32 = 1 << 19; // 4 MiB of value words

export class Frame {
  code: PyCode = changetype<PyCode>(0);
  func: PyFunction | null = null;
  globals: PyDict = changetype<PyDict>(0);
  builtins: PyDict = changetype<PyDict>(0);
  locals: PyDict | null = null; // LOAD_NAME namespace (module and class bodies)
  base: usize = 0; // address of localsplus[0]
  sp: usize = 0; // saved operand stack top (address one past TOS)
  ip: i32 = 0; // code unit of the next instruction to execute
  lasti: i32 = 0; // code unit of the instruction executing (tracebacks, lasti pushes)
  prev: Frame | null = null;
  gen: PyObject | null = null; // the generator/coroutine owning this frame
  entry: bool = false; // returning from this frame leaves the dispatch loop
  kwnames: PyTuple | null = null; // set by KW_NAMES for the next CALL
  // When this frame resumed a generator inline (FOR_ITER/SEND), the jump its instruction takes
  // if the generator returns instead of yielding.
  returnOffset: i32 = 0;
}

export class ValueStack {
  words: ValueArray = new ValueArray();
  start: usize = 0;
  limit: usize = 0;
  // Stack room in use by natives laying out arguments for nested calls (vm/call.ts freeTop).
  nativeTop: usize = 0;

  constructor() {
    this.words.reserve(STACK_WORDS);
    this.start = this.words.data;
    this.limit = this.start + (<usize>STACK_WORDS << 3) - 64 * 8;
  }

  // Record the live top for the GC.
  // @ts-ignore: decorator
  @inline setTop(sp: usize): void {
    this.words.length = <i32>((sp - this.start) >> 3);
  }
}

export const vstack = new ValueStack();

// Pool of frame records, reused by depth.
const pool = new Array<Frame>();
let poolTop: i32 = 0;

// @ts-ignore: decorator
@inline export function allocFrame(): Frame {
  if (poolTop < pool.length) return unchecked(pool[poolTop++]);
  const f = new Frame();
  pool.push(f);
  poolTop++;
  return f;
}

// @ts-ignore: decorator
@inline export function releaseFrame(f: Frame): void {
  // Generator frames are not from the pool.
  if (f.gen !== null) return;
  poolTop--;
  f.func = null;
  f.locals = null;
  f.kwnames = null;
  f.prev = null;
}

// Start `f` as a fresh activation of `code` whose localsplus (already initialised) begins at
// `base`. The one place a frame record's fields are set for a new run.
// @ts-ignore: decorator
@inline export function initFrame(f: Frame, code: PyCode, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyDict | null, base: usize): Frame {
  f.code = code;
  f.func = func;
  f.globals = globals;
  f.builtins = builtins;
  f.locals = locals;
  f.base = base;
  f.sp = base + (<usize>code.nlocalsplus << 3);
  f.ip = 0;
  f.lasti = 0;
  f.gen = null;
  f.entry = false;
  f.kwnames = null;
  f.returnOffset = 0;
  return f;
}

// Forget every frame (between top-level runs).
export function resetFrames(): void {
  poolTop = 0;
  chain.top = null;
  vstack.nativeTop = 0;
  vstack.setTop(vstack.start);
}

// @ts-ignore: decorator
@inline export function clearSlots(from: usize, to: usize): void {
  for (let p = from; p < to; p += 8) store<u64>(p, NULL);
}

// Copy `n` value words. Frames hold a handful of slots: a word loop beats memory.copy, which
// V8 compiles to an out-of-line call (generator resume/suspend copy on every item).
// @ts-ignore: decorator
@inline export function copyWords(dst: usize, src: usize, n: i32): void {
  if (n > 32) {
    memory.copy(dst, src, <usize>n << 3);
    return;
  }
  for (let i = 0; i < n; i++) store<u64>(dst + (<usize>i << 3), load<u64>(src + (<usize>i << 3)));
}

// The frame currently executing (top of the frame chain).
export class FrameChain {
  top: Frame | null = null;
}
export const chain = new FrameChain();

export function frameLocal(f: Frame, i: i32): Value {
  return load<u64>(f.base + (<usize>i << 3));
}
