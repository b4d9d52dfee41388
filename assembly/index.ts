// The wasm export surface: thin wrappers between the host (src/ffi.ts) and the runtime.
// Only numbers cross: strings travel as UTF-8 in buffers obtained with alloc(), and results
// come back through result_ptr()/result_len().
import { Value, NULL, NONE, ERR, isPtr, objOf, isSmallInt, smallOf, fromObj } from "./objects/value";
import { T, typeOf } from "./objects/type";
import { PyStr, intern, strValue } from "./objects/str";
import { PyTuple } from "./objects/tuple";
import { PyDict } from "./objects/dict";
import { PyBaseException, E } from "./objects/exceptions";
import { initTypes } from "./objects/typeinit";
import { ParseMode } from "./parser/parser";
import { initNames, N } from "./runtime/names";
import { ts } from "./runtime/state";
import { fetchError, clearError } from "./runtime/errors";
import { initBuiltins, writeHost } from "./runtime/builtins";
import { newModule } from "./runtime/import";
import { compileSource, execCode } from "./runtime/exec";
import { formatException, exceptionLine, rememberSource } from "./runtime/traceback";
import { str } from "./runtime/repr";
import { isIntValue, intToI64, intFitsI64 } from "./objects/int";
import { sysModule, setArgv, setPath } from "./modules/sys";
import { collectGarbage, collections, setGcStress } from "./runtime/gc";
import { initMethods } from "./runtime/methods/index";
import { resetFrames } from "./vm/frame";

let initialized = false;
let input: ArrayBuffer = new ArrayBuffer(0);
let result: ArrayBuffer = new ArrayBuffer(0);
let errorType: string = "";
let errorMessage: string = "";
let errorTraceback: string = "";

function ensureInit(): void {
  if (initialized) return;
  initialized = true;
  initTypes();
  initNames();
  ts.modules = new PyDict();
  ts.builtinsDict = new PyDict();
  initBuiltins();
  initMethods();
  sysModule();
  ts.budget = ts.budgetChunk;
}

// A buffer of n bytes for the host to fill (source text, file names, argv).
export function alloc(n: i32): usize {
  input = new ArrayBuffer(n);
  return changetype<usize>(input);
}

function inputString(ptr: usize, len: i32): string {
  return String.UTF8.decodeUnsafe(ptr, <usize>len);
}

function setResult(s: string): void {
  result = String.UTF8.encode(s);
}

export function result_ptr(): usize {
  return changetype<usize>(result);
}

export function result_len(): i32 {
  return result.byteLength;
}

export function set_memory_limit(bytes: f64): void {
  ts.memoryLimit = <usize>bytes;
}

// Testing aid: with a non-zero byte count, poll every 50 calls and backward jumps and collect
// whenever that many bytes were allocated (SIDEWINDER_GC_STRESS in the test helpers).
export function gc_stress(bytes: i32): void {
  setGcStress(<usize>bytes);
  ts.budgetChunk = bytes != 0 ? 50 : 10000;
  ts.budget = ts.budgetChunk;
}

// argv / sys.path as NUL-terminated UTF-8 entries.
function splitNul(ptr: usize, len: i32): Array<string> {
  const parts = inputString(ptr, len).split("\u0000");
  parts.pop();
  return parts;
}

export function set_argv(ptr: usize, len: i32): void {
  ensureInit();
  setArgv(splitNul(ptr, len));
}

export function set_path(ptr: usize, len: i32): void {
  ensureInit();
  setPath(splitNul(ptr, len));
}

// Exit status for an uncaught exception; prints the traceback unless it is SystemExit.
function handleUncaught(exc: Value): i32 {
  const t = typeOf(exc);
  if (t.isSubtype(E.SystemExit)) {
    const e = changetype<PyBaseException>(objOf(exc));
    const args = changetype<PyTuple>(objOf(e.args));
    const code = args.length == 0 ? NONE : args.length == 1 ? args.get(0) : e.args;
    errorType = "SystemExit";
    if (code == NONE) return 0;
    if (isIntValue(code)) return intFitsI64(code) ? <i32>(intToI64(code) & 0xff) : 1;
    const s = str(code);
    if (s === null) clearError();
    else writeHost(2, s.s + "\n");
    return 1;
  }
  const text = formatException(exc);
  errorType = t.name;
  const line = exceptionLine(exc);
  errorMessage = line.indexOf(": ") >= 0 ? line.substring(line.indexOf(": ") + 2) : "";
  errorTraceback = text;
  writeHost(2, text);
  return 1;
}

// A previous run may have ended in the middle of anything (interrupt, MemoryError): start
// from an empty frame chain and value stack.
function resetRunState(): void {
  ts.reentry = 0;
  ts.unrootedEntries = 0;
  ts.nextEntryRooted = false;
  ts.nativeFrames = 0;
  ts.depth = 0;
  ts.curExc = NULL;
  ts.handledExc = NONE;
  ts.budget = ts.budgetChunk;
  resetFrames();
}

// Run source as the __main__ module. Returns the exit status (0, 1, or sys.exit's).
export function run_main(srcPtr: usize, srcLen: i32, namePtr: usize, nameLen: i32): i32 {
  ensureInit();
  const source = inputString(srcPtr, srcLen);
  const filename = inputString(namePtr, nameLen);
  errorType = "";
  errorMessage = "";
  errorTraceback = "";
  rememberSource(filename, source);
  const m = newModule("__main__", filename);
  ts.modules.setStr(intern("__main__"), fromObj(m));
  resetRunState();
  const code = compileSource(source, filename, ParseMode.Exec);
  let status = 0;
  if (code === null) {
    status = handleUncaught(fetchError());
  } else {
    const r = execCode(code!, m.mdict, m.mdict);
    if (r == ERR) status = handleUncaught(fetchError());
  }
  collectGarbage(true);
  return status;
}

// Garbage collections run so far (for tests of the collector).
export function gc_collections(): i32 {
  return collections;
}

// The last uncaught exception: 0 type name, 1 message, 2 traceback text (into result).
export function last_error(which: i32): void {
  setResult(which == 0 ? errorType : which == 1 ? errorMessage : errorTraceback);
}
