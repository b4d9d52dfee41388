// Calling a type: cls(*args) runs __new__ then __init__ (CPython's type_call), with the
// builtin types' constructors implemented natively (runtime/constructors.ts).
import { Value, NULL, NONE, ERR, fromObj, objOf, isPtr } from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyTuple, tupleFromMemory } from "../objects/tuple";
import { PyBuiltin, PyWrapper } from "../objects/function";
import { PyBaseException } from "../objects/exceptions";
import { E } from "../objects/exceptions";
import { N } from "./names";
import { ts } from "./state";
import { raise, typeError, typeName } from "./errors";
import { callValue, callWithSelf } from "../vm/call";
import { bindDescriptor, PyObjectPlain } from "./abstract";
import { constructBuiltin, newInstanceOfKind } from "./constructors";
import { newClass, calculateMeta } from "./classes";
import { initExceptionFields } from "./methods/core";
import { PyDict } from "../objects/dict";
import { PyStr } from "../objects/str";

// Is m a Python-level override (not a builtin inherited from a builtin base)?
function isPythonOverride(m: Value): bool {
  return m != NULL && !(isPtr(m) && objOf(m).cls === T.builtin);
}

export function callType(cls: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const meta = typeOf(fromObj(cls));
  // a metaclass __call__ written in Python takes over entirely
  if (meta !== T.type && (meta.flags & TypeFlag.HEAP)) {
    const call = meta.lookup(N.__call__);
    if (isPythonOverride(call)) return callWithSelf(call, fromObj(cls), args, nargs, kwnames);
  }
  // a native call for ts.nativeFrames: list(gen) and tuple(gen) root their values
  ts.nativeFrames++;
  const r = typeCallDefault(cls, args, nargs, kwnames);
  ts.nativeFrames--;
  return r;
}

// type.__call__: __new__ then __init__, what a metaclass's super().__call__() reaches.
export function typeCallDefault(cls: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (cls === T.type) {
    const nkw = kwnames !== null ? kwnames.length : 0;
    if (nargs - nkw == 1 && nkw == 0) return fromObj(typeOf(load<u64>(args)));
    if (nargs - nkw != 3) return typeError("type() takes 1 or 3 arguments");
  }
  const heap = (cls.flags & TypeFlag.HEAP) != 0;
  const newM = cls.lookup(N.__new__);
  let obj: Value;
  if (isPythonOverride(newM)) {
    let f = newM;
    if (isPtr(f) && objOf(f).cls === T.staticmethod) f = changetype<PyWrapper>(objOf(f)).func;
    obj = callWithSelf(f, fromObj(cls), args, nargs, kwnames);
  } else if (cls.isMetatype()) {
    obj = typeNew(cls, args, nargs, kwnames);
  } else if (!heap) {
    // a builtin type: its constructor is complete
    return constructBuiltin(cls, args, nargs, kwnames);
  } else {
    obj = builtinNew(cls, args, nargs, kwnames);
  }
  if (obj == ERR) return ERR;
  if (!typeOf(obj).isSubtype(cls)) return obj;
  const init = cls.lookup(N.__init__);
  if (init == NULL) return obj;
  if (init == T.object.tpDict.getStr(N.__init__)) {
    // object.__init__ with excess arguments (CPython's object_init)
    if (nargs > 0 && newM == T.object.tpDict.getStr(N.__new__)) return typeError(cls.name + "() takes no arguments");
    return obj;
  }
  const r = callWithSelf(init, obj, args, nargs, kwnames);
  if (r == ERR) return ERR;
  if (r != NONE) return typeError("__init__() should return None, not '" + typeName(r) + "'");
  return obj;
}

// The __new__ of a builtin type for cls (a subclass of it): mutable containers start empty
// and are filled by __init__; immutable values are built from the arguments now.
export function builtinNew(cls: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  switch (cls.kind) {
    case Kind.OBJECT:
    case Kind.LIST:
    case Kind.DICT:
    case Kind.SET:
      return newInstanceOfKind(cls);
    case Kind.EXCEPTION: {
      const e = newInstanceOfKind(cls);
      const npos = nargs - (kwnames !== null ? kwnames.length : 0);
      changetype<PyBaseException>(objOf(e)).args = fromObj(tupleFromMemory(args, npos));
      initExceptionFields(changetype<PyBaseException>(objOf(e)));
      return e;
    }
  }
  return constructBuiltin(cls, args, nargs, kwnames);
}

// type.__new__(meta, name, bases, dict)
export function typeNew(meta: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = kwnames !== null ? kwnames.length : 0;
  if (nargs - nkw != 3) return typeError("type.__new__() takes exactly 3 arguments (" + (nargs - nkw).toString() + " given)");
  const name = load<u64>(args);
  const bases = load<u64>(args + 8);
  const ns = load<u64>(args + 16);
  if (!(isPtr(name) && typeOf(name).kind == Kind.STR)) return typeError("type.__new__() argument 1 must be str, not " + typeName(name));
  if (!(isPtr(bases) && typeOf(bases).kind == Kind.TUPLE)) return typeError("type.__new__() argument 2 must be tuple, not " + typeName(bases));
  if (!(isPtr(ns) && typeOf(ns).kind == Kind.DICT)) return typeError("type.__new__() argument 3 must be dict, not " + typeName(ns));
  // the most derived metaclass wins; another metaclass with its own __new__ takes over
  const winner = calculateMeta(meta, changetype<PyTuple>(objOf(bases)));
  if (winner === null) return ERR;
  if (winner !== meta) {
    const wn = winner!.lookup(N.__new__);
    if (isPythonOverride(wn)) return callType(winner!, args, nargs, kwnames);
  }
  let kwargs: PyDict | null = null;
  if (nkw > 0) {
    kwargs = new PyDict();
    for (let k = 0; k < nkw; k++) kwargs.setItem(kwnames!.get(k), load<u64>(args + (<usize>(3 + k) << 3)));
  }
  return newClass(winner!, changetype<PyStr>(objOf(name)).s, bases, changetype<PyDict>(objOf(ns)), kwargs);
}
