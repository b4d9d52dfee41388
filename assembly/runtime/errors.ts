// The error convention (one rule, used everywhere): a fallible function that returns a Value
// returns ERR, one that returns an object returns null, one that returns i32 returns -1,
// after setting the pending exception with one of the helpers below. Every caller checks at
// once and propagates. AssemblyScript `throw` aborts the whole module and is never used for
// Python errors; `assert`/`abort` are for interpreter bugs only.
import { Value, ERR, NULL, NONE, fromObj, objOf, isPtr } from "../objects/value";
import { PyType, typeOf } from "../objects/type";
import { PyBaseException, E } from "../objects/exceptions";
import { newTuple1, newTuple0 } from "../objects/tuple";
import { strValue } from "../objects/str";
import { ts } from "./state";

export function newException(cls: PyType, args: Value): PyBaseException {
  const e = new PyBaseException(cls);
  e.args = args;
  return e;
}

// Raise cls(msg). Always returns ERR so callers can `return raise(...)`.
export function raise(cls: PyType, msg: string): Value {
  const e = newException(cls, newTuple1(strValue(msg)));
  return raiseValue(fromObj(e));
}

export function raiseNoArgs(cls: PyType): Value {
  return raiseValue(fromObj(newException(cls, newTuple0())));
}

export function raiseWith(cls: PyType, arg: Value): Value {
  return raiseValue(fromObj(newException(cls, newTuple1(arg))));
}

// Set an exception instance as pending, chaining the exception being handled as __context__.
export function raiseValue(exc: Value): Value {
  const handled = ts.handledExc;
  if (handled != NONE && handled != NULL && handled != exc && isPtr(exc)) {
    const e = changetype<PyBaseException>(objOf(exc));
    if (e.context == NONE) setContextChecked(e, handled);
  }
  ts.curExc = exc;
  return ERR;
}

// Set __context__ without creating a cycle (CPython's _PyErr_SetObject loop).
function setContextChecked(e: PyBaseException, ctx: Value): void {
  let o = ctx;
  let steps = 0;
  while (isPtr(o) && steps < 1000) {
    const c = changetype<PyBaseException>(objOf(o));
    if (c === e) return;
    o = c.context;
    steps++;
  }
  e.context = ctx;
}

export function typeError(msg: string): Value {
  return raise(E.TypeError, msg);
}

export function valueError(msg: string): Value {
  return raise(E.ValueError, msg);
}

export function hasError(): bool {
  return ts.curExc != NULL;
}

// Take the pending exception (NULL if none).
export function fetchError(): Value {
  const e = ts.curExc;
  ts.curExc = NULL;
  return e;
}

export function clearError(): void {
  ts.curExc = NULL;
}

// Is the pending exception an instance of cls?
export function errorMatches(cls: PyType): bool {
  const e = ts.curExc;
  if (e == NULL) return false;
  return typeOf(e).isSubtype(cls);
}

// "'int' object ..." helper: the type name of a value.
export function typeName(v: Value): string {
  return typeOf(v).name;
}
