// super(): attribute lookup that starts after a class in the MRO of an object's type.
// LOAD_SUPER_ATTR (zero-argument super().name) avoids creating the super object.
import { Value, NULL, NONE, ERR, fromObj, objOf, isPtr } from "../objects/value";
import { T, PyType, Kind, typeOf } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyTuple } from "../objects/tuple";
import { PyCell, PyWrapper, PyBuiltin, BuiltinFlag } from "../objects/function";
import { E } from "../objects/exceptions";
import { N } from "./names";
import { raise, typeError, typeName } from "./errors";
import { bindDescriptor, getAttr, genericGetAttr } from "./abstract";
import { call2 } from "../vm/call";
import { chain } from "../vm/frame";
import { FastKind } from "../compiler/unit";

export class PySuper extends PyObject {
  obj: Value;
  thisType: PyType;
  objType: PyType | null;

  constructor(thisType: PyType, obj: Value, objType: PyType | null) {
    super();
    this.cls = T.super_;
    this.thisType = thisType;
    this.obj = obj;
    this.objType = objType;
    this.gcVals = (<u32>offsetof<PySuper>("obj") << 16) | 1;
  }
}

// The type whose MRO super() searches for obj: type(obj), or obj itself for classmethods.
function superCheck(thisType: PyType, obj: Value): PyType | null {
  if (isPtr(obj) && typeOf(obj).isMetatype() && changetype<PyType>(objOf(obj)).isSubtype(thisType)) {
    return changetype<PyType>(objOf(obj));
  }
  const t = typeOf(obj);
  if (t.isSubtype(thisType)) return t;
  typeError("super(type, obj): obj must be an instance or subtype of type");
  return null;
}

function findAfter(start: PyType, thisType: PyType, name: PyStr): Value {
  const mro = start.mro;
  let i = 0;
  while (i < mro.length && mro[i] !== thisType) i++;
  for (i++; i < mro.length; i++) {
    const v = mro[i].tpDict.getStr(name);
    if (v != NULL) return v;
  }
  return NULL;
}

// LOAD_SUPER_ATTR: writes the attribute (or method, self) at out. 0 / -1.
export function superLookup(globalSuper: Value, cls: Value, self: Value, name: PyStr, method: bool, out: usize): i32 {
  if (!(isPtr(globalSuper) && objOf(globalSuper) === T.super_) || !(isPtr(cls) && typeOf(cls).isMetatype())) {
    // `super` was rebound: call it and look the name up normally
    const s = call2(globalSuper, cls, self);
    if (s == ERR) return -1;
    const r = getAttr(s, name);
    if (r == ERR) return -1;
    store<u64>(out, r);
    if (method) {
      store<u64>(out, NULL);
      store<u64>(out + 8, r);
    }
    return 0;
  }
  const thisType = changetype<PyType>(objOf(cls));
  const start = superCheck(thisType, self);
  if (start === null) return -1;
  const attr = findAfter(start!, thisType, name);
  if (attr == NULL) {
    raise(E.AttributeError, "'super' object has no attribute '" + name.s + "'");
    return -1;
  }
  if (method && isPtr(attr)) {
    const o = objOf(attr);
    if (o.cls === T.function || (o.cls === T.builtin && (changetype<PyBuiltin>(o).flags & BuiltinFlag.METHOD) != 0 && start === typeOf(self))) {
      store<u64>(out, attr);
      store<u64>(out + 8, self);
      return 0;
    }
  }
  const bound = bindFound(attr, self, start!);
  if (bound == ERR) return -1;
  if (method) {
    store<u64>(out, NULL);
    store<u64>(out + 8, bound);
  } else store<u64>(out, bound);
  return 0;
}

function bindFound(attr: Value, self: Value, start: PyType): Value {
  const selfIsType = start === changetype<PyType>(isPtr(self) ? objOf(self) : null) ;
  if (selfIsType) {
    if (isPtr(attr)) {
      const o = objOf(attr);
      if (o.cls === T.function) return attr;
      if (o.cls === T.classmethod) return bindDescriptor(attr, self, start);
      if (o.cls === T.staticmethod) return changetype<PyWrapper>(o).func;
      if (o.cls === T.builtin && (changetype<PyBuiltin>(o).flags & BuiltinFlag.CLASSMETHOD)) return bindDescriptor(attr, self, start);
    }
    return attr;
  }
  return bindDescriptor(attr, self, start);
}

// super(...) called explicitly.
export function superNew(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (kwnames !== null && kwnames.length > 0) return typeError("super() takes no keyword arguments");
  if (nargs == 0) {
    // zero-argument form: __class__ cell and first argument of the calling frame
    const f = chain.top;
    if (f === null) return raise(E.RuntimeError, "super(): no current frame");
    const code = f!.code;
    if (code.argcount == 0) return raise(E.RuntimeError, "super(): no arguments");
    let self = load<u64>(f!.base);
    if (isPtr(self) && objOf(self).cls === T.cell && (code.localsplusKinds[0] & FastKind.CELL)) {
      self = changetype<PyCell>(objOf(self)).value;
    }
    let cls: Value = NULL;
    for (let i = 0; i < code.nlocalsplus; i++) {
      if (code.localsplusNames[i] === N.__class__ && (code.localsplusKinds[i] & FastKind.FREE)) {
        const cell = load<u64>(f!.base + (<usize>i << 3));
        if (isPtr(cell) && objOf(cell).cls === T.cell) cls = changetype<PyCell>(objOf(cell)).value;
      }
    }
    if (cls == NULL) return raise(E.RuntimeError, "super(): __class__ cell not found");
    return makeSuper(cls, self);
  }
  const t = load<u64>(args);
  if (!(isPtr(t) && typeOf(t).isMetatype())) return typeError("super() argument 1 must be a type, not " + typeName(t));
  if (nargs == 1) return fromObj(new PySuper(changetype<PyType>(objOf(t)), NONE, null));
  return makeSuper(t, load<u64>(args + 8));
}

function makeSuper(cls: Value, obj: Value): Value {
  const thisType = changetype<PyType>(objOf(cls));
  const st = superCheck(thisType, obj);
  if (st === null) return ERR;
  return fromObj(new PySuper(thisType, obj, st));
}

// Attribute access on a super object.
export function superGetAttr(s: PySuper, name: PyStr): Value {
  const start = s.objType;
  if (start !== null && name !== N.__class__) {
    const attr = findAfter(start!, s.thisType, name);
    if (attr != NULL) return bindFound(attr, s.obj, start!);
  }
  return genericGetAttr(fromObj(s), T.super_, name, true);
}
