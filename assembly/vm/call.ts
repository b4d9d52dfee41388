// Calls: binding arguments into a new frame, the generic call of any callable, calls from
// builtins back into Python (nested entry frames), function creation, intrinsics, and the
// budget poll at safe points.
//
// Free stack space: natives (builtins) never own value-stack frames; when they need stack
// room (to lay out arguments for a nested call) they take it above freeTop() and raise
// vstack.nativeTop while it is in use, so nested frames start above it.
import { Value, NULL, NONE, ERR, fromObj, objOf, isPtr, fromSmall, smallOf } from "../objects/value";
import { T, PyType, typeOf, Kind } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyTuple, PyList, tupleFromMemory, emptyTuple } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyFunction, PyBuiltin, PyMethod, PyCell, BuiltinFlag, NativeFn, PyWrapper } from "../objects/function";
import { PyCode } from "../objects/code";
import { PyBaseException, E } from "../objects/exceptions";
import { CoFlag } from "../compiler/unit";
import { ts } from "../runtime/state";
import { N } from "../runtime/names";
import { raise, raiseValue, typeError, errorMatches, fetchError, typeName } from "../runtime/errors";
import * as A from "../runtime/abstract";
import { callType } from "../runtime/typecall";
import { Frame, vstack, allocFrame, initFrame, chain, clearSlots } from "./frame";
import { runEntry } from "./eval";
import { makeGenerator } from "./exc";
import { collectGarbage } from "../runtime/gc";
import { hostPoll } from "../host/imports";

export function freeTop(): usize {
  const top = chain.top;
  const a = top !== null ? top.sp : vstack.start;
  const b = vstack.nativeTop;
  return a > b ? a : b;
}

// Value-stack slots for the heap values a native holds while it calls back into Python.
// Slots above freeTop() are below every frame the call creates, so the collector traces
// them; a native whose heap values all live in such slots (or in objects reachable from
// them) may resume generators with ts.nextEntryRooted set (runtime/iter.ts iterNextRooted),
// letting the nested loop collect. Returns the address of `n` slots holding None, or 0 with
// RecursionError set when the stack is full. closeRoots gives the room back.
export function openRoots(n: i32): usize {
  const base = freeTop();
  const end = base + (<usize>(n + 1) << 3);
  if (end >= vstack.limit) {
    recursionError();
    return 0;
  }
  // slot 0 keeps the previous nativeTop, as an int so the collector skips it
  store<u64>(base, fromSmall(<i64>vstack.nativeTop));
  for (let p = base + 8; p < end; p += 8) store<u64>(p, NONE);
  vstack.nativeTop = end;
  return base + 8;
}

export function closeRoots(roots: usize): void {
  vstack.nativeTop = <usize>smallOf(load<u64>(roots - 8));
}

// call1 from a native that keeps all its heap values in openRoots slots: when it is the one
// native running (ts.nativeFrames), a Python callee's loop may collect, and a native callee
// counts as the one native instead of it.
export function call1Rooted(f: Value, a: Value): Value {
  const sole = ts.nativeFrames == 1;
  if (sole && isPtr(f) && objOf(f).cls === T.function) ts.nextEntryRooted = true;
  ts.nativeFrames--;
  const r = call1(f, a);
  ts.nativeFrames++;
  ts.nextEntryRooted = false;
  return r;
}

// RecursionError when the Python call depth reaches the limit (sys.setrecursionlimit).
// @ts-ignore: decorator
@inline export function checkDepth(): bool {
  if (ts.depth >= ts.recursionLimit) {
    recursionError();
    return false;
  }
  return true;
}

function recursionError(): void {
  raise(E.RecursionError, "maximum recursion depth exceeded");
}

// The checks every call of Python code makes before binding its arguments at `args`: the
// depth limit, and room on the value stack for the callee's slots and operand stack. Both
// raise RecursionError. Inlined into CALL's fast path (vm/eval.ts).
// @ts-ignore: decorator
@inline export function callRoom(code: PyCode, args: usize, nargs: i32): bool {
  if (ts.depth >= ts.recursionLimit || args + (<usize>(code.nlocalsplus + code.stacksize + nargs + 1) << 3) >= vstack.limit) {
    recursionError();
    return false;
  }
  return true;
}

function qualName(fn: PyFunction): string {
  return fn.qualname.s;
}

function joinNames(names: Array<string>): string {
  // 'a', 'a' and 'b', 'a', 'b' and 'c' (CPython's format_missing)
  let s = "";
  for (let i = 0; i < names.length; i++) {
    if (i > 0) s += names.length == 2 ? " and " : i == names.length - 1 ? ", and " : ", ";
    s += "'" + names[i] + "'";
  }
  return s;
}

// Bind arguments for a call of fn into a new frame whose localsplus starts at `args`.
// Returns the frame (not yet linked into the chain), or null with an exception set.
// CALL (vm/eval.ts) does the plain case of a plain function itself.
export function bindArguments(fn: PyFunction, args: usize, nargs: i32, kwnames: PyTuple | null): Frame | null {
  const code = fn.code;
  if (!callRoom(code, args, nargs)) return null;
  if (kwnames === null && nargs == code.plainArgcount) {
    clearSlots(args + (<usize>nargs << 3), args + (<usize>code.nlocalsplus << 3));
  } else if (bindSlow(fn, args, nargs, kwnames) < 0) {
    return null;
  }
  const f = initFrame(code.isGenerator ? new Frame() : allocFrame(), code, fn, fn.globals, fn.builtins, null, args);
  ts.depth++;
  return f;
}

function bindSlow(fn: PyFunction, args: usize, nargs: i32, kwnames: PyTuple | null): i32 {
  const code = fn.code;
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - nkw;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const flags = code.flags;
  const nslots = code.nlocalsplus;
  // the arguments are overwritten by the slots: work from a copy
  const copy = new StaticArray<u64>(nargs);
  memory.copy(changetype<usize>(copy), args, <usize>nargs << 3);
  clearSlots(args, args + (<usize>nslots << 3));
  let total = argcount + kwonly;
  let varargsSlot = -1;
  let varkwSlot = -1;
  if (flags & CoFlag.VARARGS) varargsSlot = total++;
  if (flags & CoFlag.VARKEYWORDS) varkwSlot = total++;
  let kwdict: PyDict | null = null;
  if (varkwSlot >= 0) {
    kwdict = new PyDict();
    store<u64>(args + (<usize>varkwSlot << 3), fromObj(kwdict));
  }
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) store<u64>(args + (<usize>i << 3), unchecked(copy[i]));
  if (varargsSlot >= 0) {
    const extra = npos > argcount ? npos - argcount : 0;
    const t = extra > 0 ? tupleFromMemory(changetype<usize>(copy) + (<usize>argcount << 3), extra) : emptyTuple();
    store<u64>(args + (<usize>varargsSlot << 3), fromObj(t));
  } else if (npos > argcount) {
    let kwonlyGiven = 0;
    for (let k = 0; k < nkw; k++) {
      const ks = changetype<PyStr>(objOf(kwnames!.get(k))).s;
      for (let j = argcount; j < argcount + kwonly; j++) if (code.localsplusNames[j].s == ks) kwonlyGiven++;
    }
    return tooManyPositional(fn, npos, kwonlyGiven);
  }
  const names = code.localsplusNames;
  const posonly = code.posonlyargcount;
  let posonlyPassed: Array<string> | null = null;
  for (let k = 0; k < nkw; k++) {
    const key = kwnames!.get(k);
    const val = unchecked(copy[npos + k]);
    const ks = changetype<PyStr>(objOf(key));
    let found = -1;
    for (let j = posonly; j < argcount + kwonly; j++) {
      const nm = unchecked(names[j]);
      if (nm === ks || nm.s == ks.s) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (kwdict !== null) {
        if (kwdict.setItem(key, val) < 0) return -1;
        continue;
      }
      for (let j = 0; j < posonly; j++) {
        if (unchecked(names[j]).s == ks.s) {
          if (posonlyPassed === null) posonlyPassed = [];
          posonlyPassed.push(ks.s);
          found = -2;
        }
      }
      if (found == -2) continue;
      raise(E.TypeError, qualName(fn) + "() got an unexpected keyword argument '" + ks.s + "'");
      return -1;
    }
    if (load<u64>(args + (<usize>found << 3)) != NULL) {
      raise(E.TypeError, qualName(fn) + "() got multiple values for argument '" + ks.s + "'");
      return -1;
    }
    store<u64>(args + (<usize>found << 3), val);
  }
  if (posonlyPassed !== null) {
    const p = posonlyPassed!;
    raise(
      E.TypeError,
      qualName(fn) + "() got some positional-only arguments passed as keyword arguments: '" + p.join(", ") + "'",
    );
    return -1;
  }
  // defaults for missing positional parameters
  let missing: Array<string> | null = null;
  const defaults = fn.defaults != NULL ? changetype<PyTuple>(objOf(fn.defaults)) : null;
  const ndef = defaults !== null ? defaults.length : 0;
  for (let i = 0; i < argcount; i++) {
    if (load<u64>(args + (<usize>i << 3)) != NULL) continue;
    const d = i - (argcount - ndef);
    if (d >= 0) store<u64>(args + (<usize>i << 3), defaults!.get(d));
    else {
      if (missing === null) missing = [];
      missing.push(unchecked(names[i]).s);
    }
  }
  if (missing !== null) {
    const m = missing!;
    raise(
      E.TypeError,
      qualName(fn) + "() missing " + m.length.toString() + " required positional argument" + (m.length == 1 ? "" : "s") + ": " + joinNames(m),
    );
    return -1;
  }
  if (kwonly > 0) {
    const kwd = fn.kwdefaults != NULL ? changetype<PyDict>(objOf(fn.kwdefaults)) : null;
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (load<u64>(args + (<usize>i << 3)) != NULL) continue;
      let d = NULL;
      if (kwd !== null) d = kwd.getStr(unchecked(names[i]));
      if (d != NULL) store<u64>(args + (<usize>i << 3), d);
      else {
        if (missing === null) missing = [];
        missing.push(unchecked(names[i]).s);
      }
    }
    if (missing !== null) {
      const m = missing!;
      raise(
        E.TypeError,
        qualName(fn) + "() missing " + m.length.toString() + " required keyword-only argument" + (m.length == 1 ? "" : "s") + ": " + joinNames(m),
      );
      return -1;
    }
  }
  return 0;
}

// CPython's too_many_positional: "f() takes 2 positional arguments but 3 were given".
function tooManyPositional(fn: PyFunction, given: i32, kwonlyGiven: i32): i32 {
  const code = fn.code;
  const argcount = code.argcount;
  const defaults = fn.defaults != NULL ? changetype<PyTuple>(objOf(fn.defaults)).length : 0;
  let sig: string;
  let plural: bool;
  if (defaults > 0) {
    sig = "from " + (argcount - defaults).toString() + " to " + argcount.toString();
    plural = true;
  } else {
    sig = argcount.toString();
    plural = argcount != 1;
  }
  let kwSig = "";
  if (kwonlyGiven > 0) {
    kwSig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven.toString() + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
  }
  raise(
    E.TypeError,
    qualName(fn) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " + given.toString() + kwSig +
      (given == 1 && kwonlyGiven == 0 ? " was given" : " were given"),
  );
  return -1;
}

// Run a Python function to completion from native code (arguments anywhere in memory).
export function callPython(fn: PyFunction, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const top = freeTop();
  if (top + (<usize>(nargs + 1) << 3) >= vstack.limit) {
    raise(E.RecursionError, "maximum recursion depth exceeded");
    return ERR;
  }
  if (args != top) memory.copy(top, args, <usize>nargs << 3);
  const f = bindArguments(fn, top, nargs, kwnames);
  if (f === null) return ERR;
  if (fn.code.isGenerator) {
    return makeGeneratorFromNative(fn, f);
  }
  return runEntry(f);
}

function makeGeneratorFromNative(fn: PyFunction, f: Frame): Value {
  return makeGenerator(fn, f);
}

// Call any callable with arguments at `args` (nargs words, the last kwnames.length of them
// keyword values). Returns the result or ERR.
export function callValue(callable: Value, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!isPtr(callable)) return notCallable(callable);
  const o = objOf(callable);
  const cls = o.cls;
  if (cls === T.function) return callPython(changetype<PyFunction>(o), args, nargs, kwnames);
  if (cls === T.builtin) {
    const b = changetype<PyBuiltin>(o);
    if (b.self == NULL) return callNative(b.fn, args, nargs, kwnames);
    return callNativeWithSelf(b.fn, b.self, args, nargs, kwnames);
  }
  if (cls === T.method) {
    const m = changetype<PyMethod>(o);
    return callWithSelf(m.func, m.self, args, nargs, kwnames);
  }
  if (cls === T.staticmethod) return callValue(changetype<PyWrapper>(o).func, args, nargs, kwnames);
  const t = changetype<PyType>(cls);
  if (t.isMetatype()) return callType(changetype<PyType>(o), args, nargs, kwnames);
  const call = t.lookup(N.__call__);
  if (call == NULL) return notCallable(callable);
  return callWithSelf(call, callable, args, nargs, kwnames);
}

function notCallable(v: Value): Value {
  return typeError("'" + typeName(v) + "' object is not callable");
}

// Every native function call goes through here (ts.nativeFrames counts them).
// @ts-ignore: decorator
@inline function callNative(fn: NativeFn, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  ts.nativeFrames++;
  const r = fn(args, nargs, kwnames);
  ts.nativeFrames--;
  return r;
}

// A bound builtin method: fn(self, *args) with [self, args…] laid out at the free top.
function callNativeWithSelf(fn: NativeFn, self: Value, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const top = freeTop();
  if (top + (<usize>(nargs + 2) << 3) >= vstack.limit) {
    raise(E.RecursionError, "maximum recursion depth exceeded");
    return ERR;
  }
  memory.copy(top + 8, args, <usize>nargs << 3);
  store<u64>(top, self);
  const saved = vstack.nativeTop;
  vstack.nativeTop = top + (<usize>(nargs + 1) << 3);
  const r = callNative(fn, top, nargs + 1, kwnames);
  vstack.nativeTop = saved;
  return r;
}

// Call func(self, *args): lays [self, args…] out at the free top.
export function callWithSelf(func: Value, self: Value, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const top = freeTop();
  if (top + (<usize>(nargs + 2) << 3) >= vstack.limit) {
    raise(E.RecursionError, "maximum recursion depth exceeded");
    return ERR;
  }
  memory.copy(top + 8, args, <usize>nargs << 3);
  store<u64>(top, self);
  if (isPtr(func)) {
    const o = objOf(func);
    if (o.cls === T.function) return callPython(changetype<PyFunction>(o), top, nargs + 1, kwnames);
    if (o.cls === T.builtin && changetype<PyBuiltin>(o).self == NULL) {
      const saved = vstack.nativeTop;
      vstack.nativeTop = top + (<usize>(nargs + 1) << 3);
      const r = callNative(changetype<PyBuiltin>(o).fn, top, nargs + 1, kwnames);
      vstack.nativeTop = saved;
      return r;
    }
  }
  const saved = vstack.nativeTop;
  vstack.nativeTop = top + (<usize>(nargs + 1) << 3);
  const r = callValue(func, top, nargs + 1, kwnames);
  vstack.nativeTop = saved;
  return r;
}

// Convenience calls from native code.
function callN(callable: Value, n: i32, a: Value, b: Value, c: Value): Value {
  const top = freeTop();
  store<u64>(top, a);
  store<u64>(top + 8, b);
  store<u64>(top + 16, c);
  const saved = vstack.nativeTop;
  vstack.nativeTop = top + (<usize>n << 3);
  const r = callValue(callable, top, n, null);
  vstack.nativeTop = saved;
  return r;
}

export function call0(callable: Value): Value {
  return callN(callable, 0, NULL, NULL, NULL);
}

export function call1(callable: Value, a: Value): Value {
  return callN(callable, 1, a, NULL, NULL);
}

export function call2(callable: Value, a: Value, b: Value): Value {
  return callN(callable, 2, a, b, NULL);
}

export function call3(callable: Value, a: Value, b: Value, c: Value): Value {
  return callN(callable, 3, a, b, c);
}

// Call f(*pos, **kw) from native code.
export function callArgsKw(f: Value, pos: Array<Value>, kw: PyDict | null): Value {
  const top = freeTop();
  const np = pos.length;
  const nk = kw !== null ? kw.used : 0;
  if (top + (<usize>(np + nk + 1) << 3) >= vstack.limit) {
    raise(E.RecursionError, "maximum recursion depth exceeded");
    return ERR;
  }
  for (let i = 0; i < np; i++) store<u64>(top + (<usize>i << 3), pos[i]);
  let names: PyTuple | null = null;
  if (nk > 0) {
    const d = kw!;
    names = new PyTuple(nk);
    let j = 0;
    for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
      names.set(j, d.keyAt(i));
      store<u64>(top + (<usize>(np + j) << 3), d.valueAt(i));
      j++;
    }
  }
  const saved = vstack.nativeTop;
  vstack.nativeTop = top + (<usize>(np + nk) << 3);
  const r = callValue(f, top, np + nk, names);
  vstack.nativeTop = saved;
  return r;
}

// MAKE_FUNCTION: stack holds [defaults] [kwdefaults] [annotations] [closure] code (TOS).
export function makeFunction(f: Frame, oparg: i32, sp: usize): Value {
  let p = sp - 8;
  const code = changetype<PyCode>(objOf(load<u64>(p)));
  const fn = new PyFunction(code, f.globals, f.builtins);
  if (oparg & 8) {
    p -= 8;
    fn.closure = load<u64>(p);
  }
  if (oparg & 4) {
    p -= 8;
    fn.annotations = load<u64>(p);
  }
  if (oparg & 2) {
    p -= 8;
    fn.kwdefaults = load<u64>(p);
  }
  if (oparg & 1) {
    p -= 8;
    fn.defaults = load<u64>(p);
  }
  const mod = f.globals.getStr(N.__name__);
  fn.module = mod != NULL ? mod : NONE;
  if (code.consts.length > 0) {
    const c0 = code.consts.get(0);
    if (isPtr(c0) && objOf(c0).cls === T.str && (code.flags & 0x4000000) == 0) fn.doc = c0;
  }
  return fromObj(fn);
}

export const enum Intrinsic1 {
  PRINT = 1,
  IMPORT_STAR = 2,
  STOPITERATION_ERROR = 3,
  ASYNC_GEN_WRAP = 4,
  UNARY_POSITIVE = 5,
  LIST_TO_TUPLE = 6,
}

export function callIntrinsic1(f: Frame, which: i32, v: Value): Value {
  switch (which) {
    case Intrinsic1.PRINT:
      return A.displayHook(v);
    case Intrinsic1.IMPORT_STAR:
      if (A.importStar(f.locals, v) < 0) return ERR;
      return NONE;
    case Intrinsic1.STOPITERATION_ERROR:
      return stopIterationError(f, v);
    case Intrinsic1.UNARY_POSITIVE:
      return A.unaryPositive(v);
    case Intrinsic1.LIST_TO_TUPLE: {
      const l = changetype<PyList>(objOf(v));
      return fromObj(tupleFromMemory(l.items.data, l.length));
    }
  }
  return raise(E.SystemError, "unsupported intrinsic " + which.toString());
}

export function callIntrinsic2(f: Frame, which: i32, a: Value, b: Value): Value {
  return raise(E.SystemError, "unsupported intrinsic " + which.toString());
}

// PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
function stopIterationError(f: Frame, exc: Value): Value {
  const flags = f.code.flags;
  let what = "generator";
  if (flags & CoFlag.COROUTINE) what = "coroutine";
  else if (flags & CoFlag.ASYNC_GENERATOR) what = "async generator";
  const t = typeOf(exc);
  let msg = "";
  if (t.isSubtype(E.StopIteration)) msg = what + " raised StopIteration";
  else if ((flags & CoFlag.ASYNC_GENERATOR) && t.isSubtype(E.StopAsyncIteration)) msg = what + " raised StopAsyncIteration";
  else return exc;
  const e = new PyBaseException(E.RuntimeError);
  const args = new PyTuple(1);
  args.set(0, A.strOf(msg));
  e.args = fromObj(args);
  e.cause = exc;
  e.context = exc;
  e.suppressContext = true;
  return fromObj(e);
}

// poll() results: go on, or leave the dispatch loop so it is re-entered (see vm/eval.ts SUSPEND).
export const POLL_CONTINUE: i32 = 0;
export const POLL_SUSPEND: i32 = 1;

// Safe point on budget exhaustion (calls and backward jumps): collect garbage when the heap
// has grown, let the host interrupt a runaway program, and (outermost loop only) ask the
// loop to return and re-enter. 0 or POLL_SUSPEND to go on, -1 if an exception was raised.
export function poll(): i32 {
  ts.budget = ts.budgetChunk;
  if (collectGarbage(false)) return -1;
  if (hostPoll() != 0) {
    raise(E.KeyboardInterrupt, "");
    return -1;
  }
  return ts.reentry == 1 ? POLL_SUSPEND : POLL_CONTINUE;
}
