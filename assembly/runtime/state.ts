// ThreadState: the interpreter's mutable state, in one object (style.md: no scattered
// globals). One wasm instance is one interpreter; several interpreters in a process are
// several instances.
import { Value, NULL, NONE } from "../objects/value";
import { PyDict } from "../objects/dict";

export class ThreadState {
  // The exception being raised (set with the error sentinel, runtime/errors.ts).
  curExc: Value = NULL;
  // The exception being handled (sys.exc_info()); PUSH_EXC_INFO saves the previous one on the stack.
  handledExc: Value = NONE;
  // Python-level call depth, checked against the recursion limit (sys.setrecursionlimit).
  depth: i32 = 0;
  recursionLimit: i32 = 1000;
  // Nesting of the dispatch loop inside builtins that call back into Python (sorted(key=), __eq__ in
  // a dict lookup, ...). Suspension happens only in the outermost loop (design.md §4).
  reentry: i32 = 0;
  // Nested loops entered by a native that may hold heap values in wasm locals, where the
  // collector cannot see them: while any is running, nothing is collected (design.md §3).
  // A native that keeps its heap values in value-stack roots (vm/call.ts openRoots) sets
  // nextEntryRooted just before it resumes a generator, so that loop does not count.
  unrootedEntries: i32 = 0;
  nextEntryRooted: bool = false;
  // Native functions running since the innermost dispatch loop was entered (counted where
  // vm/call.ts and runtime/typecall.ts invoke them). A native may root its values only when
  // it is the sole one: a native that calls it (sorted(key=sum)) may hold values of its own.
  nativeFrames: i32 = 0;
  // A poll wanted a collection where none could run: the dispatch loop polls again as soon
  // as a native call returns to a loop that can collect.
  collectPending: bool = false;
  // Budget: decremented on backward jumps and calls; at zero the loop polls the host.
  budget: i64 = 0;
  budgetChunk: i64 = 10000;
  memoryLimit: usize = 256 << 20;
  // Monitoring: bumped by set_events/restart_events; code objects re-instrument at RESUME when stale.
  monitoringVersion: u32 = 0;
  // sys.modules and the builtins namespace, created by index.ts after the builtin types exist
  modules: PyDict = changetype<PyDict>(0);
  builtinsDict: PyDict = changetype<PyDict>(0);
  exitCode: i32 = 0;
}

export const ts = new ThreadState();
