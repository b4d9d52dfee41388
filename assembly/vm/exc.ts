// Out-of-line parts of opcodes (slow paths the dispatch loop calls): name resolution,
// raising and tracebacks, generators, with-statements, imports, pattern matching.
// Each function follows runtime/errors.ts: ERR / -1 / null with the exception set.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, fromObj, objOf, isPtr, fromSmall,
} from "../objects/value";
import { T, PyType, typeOf, Kind, TypeFlag } from "../objects/type";
import { PyStr, strValue } from "../objects/str";
import { PyTuple, PyList, newTuple0 } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyFunction, PyCell, PyModule } from "../objects/function";
import { PyCode } from "../objects/code";
import { PyBaseException, PyTraceback, E } from "../objects/exceptions";
import { CoFlag } from "../compiler/unit";
import { ts } from "../runtime/state";
import { N } from "../runtime/names";
import { raise, raiseValue, fetchError, typeError, errorMatches, clearError, typeName } from "../runtime/errors";
import * as A from "../runtime/abstract";
import { importModule } from "../runtime/import";
import { Frame, vstack, chain, clearSlots, copyWords } from "./frame";
import { PyGenerator, GenState } from "./generator";
import { callValue, call0, call1, call3, checkDepth } from "./call";

// ---- names ----

export function unboundLocal(code: PyCode, i: i32): void {
  raise(
    E.UnboundLocalError,
    "cannot access local variable '" + code.localsplusNames[i].s + "' where it is not associated with a value",
  );
}

export function unboundDeref(code: PyCode, i: i32): void {
  const name = code.localsplusNames[i].s;
  raise(E.NameError, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
}

export function nameError(name: PyStr): void {
  raise(E.NameError, "name '" + name.s + "' is not defined");
}

function mappingGet(m: PyDict, name: PyStr): Value {
  if (m.cls === T.dict) return m.getStr(name);
  const r = A.getItem(fromObj(m), fromObj(name));
  if (r == ERR) {
    if (errorMatches(E.KeyError)) {
      clearError();
      return NULL;
    }
  }
  return r;
}

export function loadName(f: Frame, name: PyStr): Value {
  const locals = f.locals;
  if (locals !== null) {
    const v = mappingGet(locals, name);
    if (v != NULL) return v;
  }
  let v = f.globals.getStr(name);
  if (v != NULL) return v;
  v = f.builtins.getStr(name);
  if (v != NULL) return v;
  nameError(name);
  return ERR;
}

export function storeName(f: Frame, name: PyStr, v: Value): i32 {
  const locals = f.locals;
  if (locals === null) {
    raise(E.SystemError, "no locals found when storing '" + name.s + "'");
    return -1;
  }
  if (locals.cls === T.dict) {
    locals.setStr(name, v);
    return 0;
  }
  return A.setItem(fromObj(locals), fromObj(name), v);
}

export function deleteName(f: Frame, name: PyStr): i32 {
  const locals = f.locals;
  if (locals === null) {
    raise(E.SystemError, "no locals when deleting '" + name.s + "'");
    return -1;
  }
  const r = locals.delItem(fromObj(name));
  if (r == 0) {
    nameError(name);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

export function loadFromDictOrGlobals(f: Frame, mapping: Value, name: PyStr): Value {
  const v = mappingGet(changetype<PyDict>(objOf(mapping)), name);
  if (v != NULL) return v;
  const g = f.globals.getStr(name);
  if (g != NULL) return g;
  const b = f.builtins.getStr(name);
  if (b != NULL) return b;
  nameError(name);
  return ERR;
}

export function loadFromDictOrDeref(f: Frame, mapping: Value, i: i32): Value {
  const name = f.code.localsplusNames[i];
  const v = mappingGet(changetype<PyDict>(objOf(mapping)), name);
  if (v != NULL) return v;
  const cell = changetype<PyCell>(objOf(load<u64>(f.base + (<usize>i << 3))));
  if (cell.value == NULL) {
    unboundDeref(f.code, i);
    return ERR;
  }
  return cell.value;
}

export function setupAnnotations(f: Frame): i32 {
  const locals = f.locals;
  if (locals === null) {
    raise(E.SystemError, "no locals found when setting up annotations");
    return -1;
  }
  if (locals.getStr(N.__annotations__) == NULL) locals.setStr(N.__annotations__, fromObj(new PyDict()));
  return 0;
}

// super().name with the zero-argument form's implicit class and self.
export function loadSuperAttr(
  f: Frame, globalSuper: Value, cls: Value, self: Value, name: PyStr, method: bool, out: usize,
): i32 {
  const attr = A.superLookup(globalSuper, cls, self, name, method, out);
  return attr;
}

// ---- raising and tracebacks ----

let reraiseMark = false;

export function markReraise(): void {
  reraiseMark = true;
}

export function takeReraiseMark(): bool {
  const m = reraiseMark;
  reraiseMark = false;
  return m;
}

export function addTraceback(f: Frame, here: i32): void {
  const exc = ts.curExc;
  if (!isPtr(exc)) return;
  const o = objOf(exc);
  if (!typeOf(exc).isSubtype(E.BaseException)) return;
  const e = changetype<PyBaseException>(o);
  const tb = new PyTraceback(f.code, here, f.code.lineAt(here));
  const n = f.code.nlocalsplus;
  const slots = new ValueArray();
  slots.reserve(n);
  memory.copy(slots.data, f.base, <usize>n << 3);
  slots.length = n;
  tb.slots = slots;
  tb.globals = f.globals;
  const inner = e.traceback;
  if (isPtr(inner) && objOf(inner).cls === T.traceback) changetype<PyTraceback>(objOf(inner)).back = tb;
  tb.next = inner;
  e.traceback = fromObj(tb);
}

// Make an exception instance from `raise X` where X is a class or an instance. ERR if invalid.
function exceptionInstance(x: Value, what: string): Value {
  if (isPtr(x) && objOf(x).cls !== null && typeOf(x).isMetatype()) {
    const cls = changetype<PyType>(objOf(x));
    if (cls.isSubtype(E.BaseException)) {
      const inst = call0(x);
      if (inst == ERR) return ERR;
      if (!typeOf(inst).isSubtype(E.BaseException)) {
        return typeError("calling " + A.reprForError(x) + " should have returned an instance of BaseException, not " + typeName(inst));
      }
      return inst;
    }
  } else if (typeOf(x).isSubtype(E.BaseException)) {
    return x;
  }
  return typeError(what);
}

// RAISE_VARARGS. Returns 1 for a bare re-raise, 0 otherwise; the exception is always set.
export function doRaise(exc: Value, cause: Value): i32 {
  if (exc == NULL) {
    const h = ts.handledExc;
    if (h == NONE || h == NULL) {
      raise(E.RuntimeError, "No active exception to reraise");
      return 0;
    }
    ts.curExc = h;
    return 1;
  }
  const value = exceptionInstance(exc, "exceptions must derive from BaseException");
  if (value == ERR) return 0;
  if (cause != NULL) {
    let c = cause;
    if (c != NONE) {
      c = exceptionInstance(cause, "exception causes must derive from BaseException");
      if (c == ERR) return 0;
    }
    const e = changetype<PyBaseException>(objOf(value));
    e.cause = c;
    e.suppressContext = true;
  }
  raiseValue(value);
  return 0;
}

// `except T:` — T must be an exception class or a tuple of them.
export function checkExcMatch(exc: Value, match: Value): i32 {
  if (isPtr(match) && objOf(match).cls === T.tuple) {
    const t = changetype<PyTuple>(objOf(match));
    for (let i = 0; i < t.length; i++) {
      if (!isExceptionClass(t.get(i))) return catchingError();
    }
    for (let i = 0; i < t.length; i++) {
      if (typeOf(exc).isSubtype(changetype<PyType>(objOf(t.get(i))))) return 1;
    }
    return 0;
  }
  if (!isExceptionClass(match)) return catchingError();
  return typeOf(exc).isSubtype(changetype<PyType>(objOf(match))) ? 1 : 0;
}

function isExceptionClass(v: Value): bool {
  return isPtr(v) && typeOf(v).isMetatype() && changetype<PyType>(objOf(v)).isSubtype(E.BaseException);
}

function catchingError(): i32 {
  typeError("catching classes that do not inherit from BaseException is not allowed");
  return -1;
}

export function checkEgMatch(sp: usize): i32 {
  raise(E.NotImplementedError, "except* is not supported yet");
  return -1;
}

// ---- with ----

// BEFORE_WITH: (mgr -- exit, enter_result)
export function beforeWith(sp: usize): i32 {
  const mgr = load<u64>(sp - 8);
  const t = typeOf(mgr);
  const enter = t.lookup(N.__enter__);
  if (enter == NULL) {
    typeError("'" + t.name + "' object does not support the context manager protocol");
    return -1;
  }
  const exit = t.lookup(N.__exit__);
  if (exit == NULL) {
    typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
    return -1;
  }
  const boundExit = A.bindDescriptor(exit, mgr, t);
  if (boundExit == ERR) return -1;
  store<u64>(sp - 8, boundExit);
  const boundEnter = A.bindDescriptor(enter, mgr, t);
  if (boundEnter == ERR) return -1;
  const res = call0(boundEnter);
  if (res == ERR) return -1;
  store<u64>(sp, res);
  return 0;
}

export function withExceptStart(exitFunc: Value, val: Value): Value {
  const tb = typeOf(val).isSubtype(E.BaseException) ? changetype<PyBaseException>(objOf(val)).traceback : NONE;
  return call3(exitFunc, fromObj(typeOf(val)), val, tb);
}

// ---- calls with *args / **kwargs ----

export function callFunctionEx(callable: Value, callargs: Value, kwargs: Value, sp: usize): Value {
  let args = callargs;
  if (!(isPtr(args) && objOf(args).cls === T.tuple)) {
    const t = A.sequenceToTuple(args);
    if (t == ERR) {
      if (errorMatches(E.TypeError) && !A.isIterable(args)) {
        clearError();
        return typeError(A.funcDescription(callable) + " argument after * must be an iterable, not " + typeName(args));
      }
      return ERR;
    }
    args = t;
  }
  const tup = changetype<PyTuple>(objOf(args));
  const n = tup.length;
  // lay the arguments out at the stack top: positional then keyword values
  const top = sp;
  let kwn: PyTuple | null = null;
  let nkw = 0;
  let kwDict: PyDict | null = null;
  if (kwargs != NULL) {
    kwDict = changetype<PyDict>(objOf(kwargs));
    nkw = kwDict.used;
  }
  if (top + (<usize>(n + nkw) << 3) >= vstack.limit) {
    raise(E.RecursionError, "maximum recursion depth exceeded");
    return ERR;
  }
  memory.copy(top, tup.items.data, <usize>n << 3);
  if (kwDict !== null && nkw > 0) {
    kwn = new PyTuple(nkw);
    let j = 0;
    for (let i = kwDict.nextEntry(0); i >= 0; i = kwDict.nextEntry(i + 1)) {
      const k = kwDict.keyAt(i);
      if (!(isPtr(k) && typeOf(k).isSubtype(T.str))) {
        return typeError("keywords must be strings");
      }
      kwn.set(j, k);
      store<u64>(top + (<usize>(n + j) << 3), kwDict.valueAt(i));
      j++;
    }
  }
  chain.top!.sp = top + (<usize>(n + nkw) << 3);
  const r = callValue(callable, top, n + nkw, kwn);
  return r;
}

// ---- generators ----

export function makeGenerator(fn: PyFunction, frame: Frame): Value {
  const code = fn.code;
  let cls = T.generator;
  if (code.flags & CoFlag.COROUTINE) cls = T.coroutine;
  else if (code.flags & CoFlag.ASYNC_GENERATOR) cls = T.asyncGenerator;
  const g = new PyGenerator(cls, frame, fn.name, fn.qualname);
  frame.gen = g;
  frame.ip = 0;
  // the frame's slots leave the value stack until the first resumption
  const n = code.nlocalsplus;
  g.saved.reserve(n);
  memory.copy(g.saved.data, frame.base, <usize>n << 3);
  g.saved.length = n;
  ts.depth--;
  return fromObj(g);
}

// Copy a suspended generator's slots to `sp` and make its frame current. null on error.
// @ts-ignore: decorator
@inline export function resumeGeneratorFrame(g: PyGenerator, sent: Value, sp: usize, caller: Frame | null): Frame | null {
  if (g.state == GenState.RUNNING) {
    raise(E.ValueError, "generator already executing");
    return null;
  }
  if (g.state == GenState.CLOSED) {
    raise(E.StopIteration, "");
    return null;
  }
  if (g.state == GenState.CREATED && sent != NONE) {
    typeError("can't send non-None value to a just-started generator");
    return null;
  }
  const f = g.frame;
  const n = g.saved.length;
  if (!checkDepth()) return null;
  if (sp + (<usize>(n + f.code.stacksize + 1) << 3) >= vstack.limit) {
    raise(E.MemoryError, "value stack exhausted");
    return null;
  }
  ts.depth++;
  copyWords(sp, g.saved.data, n);
  f.base = sp;
  f.sp = sp + (<usize>n << 3);
  if (g.state != GenState.CREATED) {
    store<u64>(f.sp, sent);
    f.sp += 8;
  }
  g.saved.length = 0;
  g.state = GenState.RUNNING;
  f.prev = caller;
  f.entry = false;
  chain.top = f;
  return f;
}

// Inlined into YIELD_VALUE, its one caller: it runs for every item a generator yields.
// @ts-ignore: decorator
@inline export function suspendGenerator(g: PyGenerator, f: Frame): void {
  const n = <i32>((f.sp - f.base) >> 3);
  if (n > g.saved.capacity) g.saved.reserve(n);
  copyWords(g.saved.data, f.base, n);
  g.saved.length = n;
  g.state = GenState.SUSPENDED;
}

// A finished generator keeps no slots (length 0: nothing traced, no new buffer).
export function generatorReturned(g: PyGenerator): void {
  g.state = GenState.CLOSED;
  g.saved.length = 0;
}

export function generatorFailed(g: PyGenerator): void {
  g.state = GenState.CLOSED;
  g.saved.length = 0;
}

export function getYieldFromIter(f: Frame, v: Value): Value {
  const t = typeOf(v);
  if (t === T.coroutine) {
    if (!(f.code.flags & (CoFlag.COROUTINE | CoFlag.ITERABLE_COROUTINE))) {
      return typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  if (t === T.generator) return v;
  return A.getIter(v);
}

let lastSendReturned = false;

export function sendReturned(): bool {
  return lastSendReturned;
}

// SEND to something that is not a generator: __next__ for None, else .send(value).
export function sendNonGenerator(recv: Value, sent: Value): Value {
  lastSendReturned = false;
  let r: Value;
  if (sent == NONE) r = A.iterNext(recv);
  else r = A.callMethod1(recv, N.send, sent);
  if (r == NULL) {
    lastSendReturned = true;
    return NONE;
  }
  if (r == ERR) {
    if (errorMatches(E.StopIteration)) {
      const exc = fetchError();
      lastSendReturned = true;
      return stopIterationValue(exc);
    }
    return ERR;
  }
  return r;
}

export function stopIterationValue(exc: Value): Value {
  const e = changetype<PyBaseException>(objOf(exc));
  const d = e.dict;
  if (d !== null) {
    const v = changetype<PyDict>(d).getStr(N.value);
    if (v != NULL) return v;
  }
  const args = changetype<PyTuple>(objOf(e.args));
  return args.length > 0 ? args.get(0) : NONE;
}

// ---- imports ----

export function importName(f: Frame, name: PyStr, fromlist: Value, level: Value): Value {
  return importModule(name, f.globals, fromlist, level);
}

export function importFrom(module: Value, name: PyStr): Value {
  const v = A.getAttr(module, name);
  if (v != ERR) return v;
  if (!errorMatches(E.AttributeError)) return ERR;
  clearError();
  let modName = "<unknown module name>";
  if (isPtr(module) && objOf(module).cls === T.module) {
    const n = changetype<PyModule>(objOf(module)).mdict.getStr(N.__name__);
    if (n != NULL && isPtr(n) && objOf(n).cls === T.str) modName = changetype<PyStr>(objOf(n)).s;
  }
  let where = "unknown location";
  if (isPtr(module) && objOf(module).cls === T.module) {
    const f = changetype<PyModule>(objOf(module)).mdict.getStr(N.__file__);
    if (f != NULL && isPtr(f) && objOf(f).cls === T.str) where = changetype<PyStr>(objOf(f)).s;
  }
  raise(E.ImportError, "cannot import name '" + name.s + "' from '" + modName + "' (" + where + ")");
  const e = changetype<PyBaseException>(objOf(ts.curExc));
  const d = new PyDict();
  d.setStr(N.name, strValue(modName));
  d.setStr(N.name_from, fromObj(name));
  e.dict = d;
  return ERR;
}

// ---- pattern matching ----

export function isMapping(v: Value): bool {
  const t = typeOf(v);
  return t.kind == Kind.DICT || t.kind == Kind.MAPPING_PROXY;
}

export function isSequence(v: Value): bool {
  const k = typeOf(v).kind;
  return k == Kind.LIST || k == Kind.TUPLE || k == Kind.RANGE || (k == Kind.DICT_VIEW && false);
}

export function matchKeys(subject: Value, keys: Value): Value {
  const ks = changetype<PyTuple>(objOf(keys));
  const out = new PyTuple(ks.length);
  for (let i = 0; i < ks.length; i++) {
    let v: Value;
    if (typeOf(subject).kind == Kind.DICT && typeOf(subject) === T.dict) {
      v = changetype<PyDict>(objOf(subject)).getItem(ks.get(i));
      if (v == ERR) return ERR;
      if (v == NULL) return NONE;
    } else {
      v = A.callMethod2(subject, N.get, ks.get(i), A.MISSING_SENTINEL());
      if (v == ERR) return ERR;
      if (v == A.MISSING_SENTINEL()) return NONE;
    }
    out.set(i, v);
  }
  return fromObj(out);
}

export function matchClass(subject: Value, cls: Value, nargs: i32, names: Value): Value {
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) {
    return typeError("called match pattern must be a class");
  }
  const type = changetype<PyType>(objOf(cls));
  if (!typeOf(subject).isSubtype(type)) return NONE;
  const kw = changetype<PyTuple>(objOf(names));
  const out = new PyTuple(nargs + kw.length);
  const seen = new Array<string>();
  if (nargs > 0) {
    let matchArgs = type.lookup(N.__match_args__);
    const selfMatch = isSelfMatchingBuiltin(type);
    if (matchArgs == NULL) {
      if (selfMatch) {
        if (nargs > 1) return typeError(type.name + "() accepts 1 positional sub-pattern (" + nargs.toString() + " given)");
        out.set(0, subject);
      } else {
        return typeError(type.name + "() accepts 0 positional sub-patterns (" + nargs.toString() + " given)");
      }
    } else {
      if (!(isPtr(matchArgs) && objOf(matchArgs).cls === T.tuple)) {
        return typeError(type.name + ".__match_args__ must be a tuple (got " + typeName(matchArgs) + ")");
      }
      const ma = changetype<PyTuple>(objOf(matchArgs));
      if (nargs > ma.length) {
        const s = ma.length == 1 ? "" : "s";
        return typeError(type.name + "() accepts " + ma.length.toString() + " positional sub-pattern" + s + " (" + nargs.toString() + " given)");
      }
      for (let i = 0; i < nargs; i++) {
        const nm = ma.get(i);
        if (!(isPtr(nm) && objOf(nm).cls === T.str)) {
          return typeError("__match_args__ elements must be strings (got " + typeName(nm) + ")");
        }
        const ns = changetype<PyStr>(objOf(nm));
        seen.push(ns.s);
        const v = A.getAttr(subject, ns);
        if (v == ERR) {
          if (errorMatches(E.AttributeError)) {
            clearError();
            return NONE;
          }
          return ERR;
        }
        out.set(i, v);
      }
    }
  }
  for (let i = 0; i < kw.length; i++) {
    const ns = changetype<PyStr>(objOf(kw.get(i)));
    if (seen.includes(ns.s)) {
      return typeError(type.name + "() got multiple sub-patterns for attribute '" + ns.s + "'");
    }
    seen.push(ns.s);
    const v = A.getAttr(subject, ns);
    if (v == ERR) {
      if (errorMatches(E.AttributeError)) {
        clearError();
        return NONE;
      }
      return ERR;
    }
    out.set(nargs + i, v);
  }
  return fromObj(out);
}

// bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple match their
// single positional sub-pattern against the whole subject (PEP 634).
function isSelfMatchingBuiltin(t: PyType): bool {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const b = mro[i];
    if (b === T.bool || b === T.bytearray || b === T.bytes || b === T.dict || b === T.float ||
      b === T.frozenset || b === T.int || b === T.list || b === T.set || b === T.str || b === T.tuple) return true;
  }
  return false;
}

export function unknownOpcode(op: i32): void {
  raise(E.SystemError, "unknown opcode " + op.toString());
}
