// The object protocol: attributes, items, truth, length, containment, descriptors and
// dunder calls. Builtin types are handled by switching on PyType.kind; user classes (HEAP
// types) go through their dunder methods. Numbers live in runtime/number.ts, comparisons and
// hashing in runtime/compare.ts, iteration in runtime/iter.ts, text in runtime/repr.ts;
// this module re-exports them so the VM imports one protocol surface.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, isSmallInt, smallOf, fromSmall, isFloat, floatOf,
  fromObj, objOf, isPtr, fromBool,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, intern, strValue, newStr } from "../objects/str";
import { PyTuple, PyList, newTuple0 } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyFunction, PyBuiltin, PyMethod, PyProperty, PyWrapper, PyModule, BuiltinFlag } from "../objects/function";
import { PyBytes } from "../objects/bytes";
import { PyBaseException, E } from "../objects/exceptions";
import { isIntValue, intToI64, intFitsI64, isIntZero, PyLong } from "../objects/int";
import { ts } from "./state";
import { N } from "./names";
import { raise, typeError, errorMatches, clearError, fetchError, raiseValue, typeName } from "./errors";
import { call0, call1, call2, call3, callValue, callWithSelf } from "../vm/call";
import { PyRange } from "../objects/range";
import { getIter, iterNext } from "./iter";
import { repr, str } from "./repr";

export { binaryOp, unaryNegative, unaryInvert, unaryPositive } from "./number";
export { richCompare, richEqual, hashValue } from "./compare";
export { getIter, iterNext } from "./iter";
export { repr, str, joinStrings, formatFValue, reprForError, strOf, displayHook } from "./repr";
export { getItem, setItem, delItem, getSlice, setSlice, newSlice } from "./subscript";
export { listExtend, setUpdate, dictUpdate, sequenceToTuple, unpackSequence, isIterable } from "./collections";
export { importStar } from "./import";
export { superLookup } from "./super";
import { superGetAttr, PySuper } from "./super";

// A sentinel object for "no default" (MATCH_KEYS, dict.get with a marker).
let missing: PyObject | null = null;
export function MISSING_SENTINEL(): Value {
  if (missing === null) missing = new PyObjectPlain(T.object);
  return fromObj(missing!);
}

// A bare `object()` instance (also the layout of plain user class instances).
export class PyObjectPlain extends PyObject {
  slots: ValueArray | null = null;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

// ---- dunder helpers ----

// Look up a special method on the type (never the instance), as CPython does. NULL if absent.
// @ts-ignore: decorator
@inline export function lookupSpecial(t: PyType, name: PyStr): Value {
  return t.lookup(name);
}

// Bind what a type lookup found to an instance: functions become bound methods, builtin
// methods bind self, classmethod binds the type, staticmethod unwraps, other descriptors
// run __get__.
export function bindDescriptor(attr: Value, obj: Value, t: PyType): Value {
  if (!isPtr(attr)) return attr;
  const o = objOf(attr);
  const cls = o.cls;
  if (cls === T.function) return fromObj(new PyMethod(attr, obj));
  if (cls === T.builtin) {
    const b = changetype<PyBuiltin>(o);
    if (b.flags & BuiltinFlag.METHOD) return bindBuiltin(b, obj);
    if (b.flags & BuiltinFlag.CLASSMETHOD) return bindBuiltin(b, fromObj(t));
    return attr;
  }
  if (cls === T.classmethod) return fromObj(new PyMethod(changetype<PyWrapper>(o).func, fromObj(t)));
  if (cls === T.staticmethod) return changetype<PyWrapper>(o).func;
  const ct = changetype<PyType>(cls);
  if (ct === T.property || ct.isSubtype(T.property)) return propertyGet(changetype<PyProperty>(o), obj);
  if (ct.flags & TypeFlag.HEAP) {
    const get = ct.lookup(N.__get__);
    if (get != NULL) return call3(get, attr, obj, fromObj(t));
  }
  return attr;
}

function bindBuiltin(b: PyBuiltin, self: Value): Value {
  const bound = new PyBuiltin(b.name.s, b.fn, b.owner, b.flags);
  bound.self = self;
  return fromObj(bound);
}

function propertyGet(p: PyProperty, obj: Value): Value {
  if (p.fget == NONE) {
    const name = p.name != NONE ? " '" + changetype<PyStr>(objOf(p.name)).s + "'" : "";
    return raise(E.AttributeError, "property" + name + " of '" + typeName(obj) + "' object has no getter");
  }
  return call1(p.fget, obj);
}

// Is attr a data descriptor (defines __set__ or __delete__)?
function isDataDescriptor(attr: Value): bool {
  if (!isPtr(attr)) return false;
  const ct = changetype<PyType>(objOf(attr).cls);
  if (ct.isSubtype(T.property)) return true;
  if (ct.flags & TypeFlag.HEAP) return ct.lookup(N.__set__) != NULL || ct.lookup(N.__delete__) != NULL;
  return false;
}

// Can attr never be a data descriptor, whatever happens later? Its type is builtin (fixed)
// and not property; a class written in Python could gain __set__ at any time. (Inline caches,
// vm/attrcache.ts, rely on this staying true while the owner type's version holds.)
export function neverDataDescriptor(attr: Value): bool {
  if (!isPtr(attr)) return true;
  const ct = changetype<PyType>(objOf(attr).cls);
  return !(ct.flags & TypeFlag.HEAP) && !ct.isSubtype(T.property);
}

// Is attr, found on a type, a method that LOAD_ATTR's method form can leave unbound (pushing
// it with self instead of creating a bound method)? Python functions and builtin methods.
export function isMethodDescriptor(attr: Value): bool {
  if (!isPtr(attr)) return false;
  const o = objOf(attr);
  return o.cls === T.function || (o.cls === T.builtin && (changetype<PyBuiltin>(o).flags & BuiltinFlag.METHOD) != 0);
}

// Does the value need descriptor binding when found on a type? (functions, builtins, …)
function isDescriptor(attr: Value): bool {
  if (!isPtr(attr)) return false;
  const cls = objOf(attr).cls;
  if (cls === T.function || cls === T.builtin || cls === T.classmethod || cls === T.staticmethod) return true;
  const ct = changetype<PyType>(cls);
  if (ct === T.property || ct.isSubtype(T.property)) return true;
  return (ct.flags & TypeFlag.HEAP) != 0 && ct.lookup(N.__get__) != NULL;
}

// ---- attributes ----

// The instance dict of o, or null.
// @ts-ignore: decorator
@inline export function instanceDict(o: PyObject): PyDict | null {
  const d = o.dict;
  return d === null ? null : changetype<PyDict>(d);
}

export function getAttr(v: Value, name: PyStr): Value {
  const t = typeOf(v);
  if (t.kind == Kind.SUPER) return superGetAttr(changetype<PySuper>(objOf(v)), name);
  if (t.flags & (TypeFlag.HAS_GETATTRIBUTE | TypeFlag.HAS_GETATTR)) return getAttrSlow(v, t, name);
  return genericGetAttr(v, t, name, true);
}

function getAttrSlow(v: Value, t: PyType, name: PyStr): Value {
  let r: Value;
  if (t.flags & TypeFlag.HAS_GETATTRIBUTE) {
    const ga = t.lookup(N.__getattribute__);
    r = call2(ga, v, fromObj(name));
  } else {
    r = genericGetAttr(v, t, name, true);
  }
  if (r == ERR && (t.flags & TypeFlag.HAS_GETATTR) && errorMatches(E.AttributeError)) {
    clearError();
    const g = t.lookup(N.__getattr__);
    return call2(g, v, fromObj(name));
  }
  return r;
}

// object.__getattribute__: data descriptors, then the instance dict, then other class
// attributes; type objects look through their own MRO (type_getattro).
export function genericGetAttr(v: Value, t: PyType, name: PyStr, raiseMissing: bool): Value {
  if (t.isMetatype()) return typeGetAttr(changetype<PyType>(objOf(v)), t, name, raiseMissing);
  const attr = t.lookup(name);
  if (attr != NULL && isDataDescriptor(attr)) return bindDescriptor(attr, v, t);
  if (isPtr(v)) {
    const o = objOf(v);
    const d = o.dict;
    if (d !== null) {
      if (specialDataAttr(t, name)) {
        const special = specialAttr(v, t, name);
        if (special != NULL) return special;
      }
      const r = changetype<PyDict>(d).getStr(name);
      if (r != NULL) return r;
    }
    if (o instanceof PyObjectPlain) {
      const r = slotGet(changetype<PyObjectPlain>(o), t, name);
      if (r != NULL) return r;
    }
  }
  if (attr != NULL) return isDescriptor(attr) ? bindDescriptor(attr, v, t) : attr;
  const special = specialAttr(v, t, name);
  if (special != NULL) return special;
  if (!raiseMissing) return NULL;
  return attributeError(v, t, name);
}

export function attributeError(v: Value, t: PyType, name: PyStr): Value {
  if (t === T.module) {
    const m = changetype<PyModule>(objOf(v));
    // PEP 562: a module-level __getattr__ supplies missing attributes
    const hook = m.mdict.getStr(N.__getattr__);
    if (hook != NULL) return call1(hook, fromObj(name));
    const mn = m.mdict.getStr(N.__name__);
    const ms = mn != NULL && isPtr(mn) && objOf(mn).cls === T.str ? changetype<PyStr>(objOf(mn)).s : "?";
    raise(E.AttributeError, "module '" + ms + "' has no attribute '" + name.s + "'");
  } else {
    raise(E.AttributeError, "'" + t.name + "' object has no attribute '" + name.s + "'");
  }
  // AttributeError.name / .obj, as CPython sets them
  const e = objOf(ts.curExc);
  const d = new PyDict();
  d.setStr(N.name, fromObj(name));
  d.setStr(N.obj, v);
  e.dict = d;
  return ERR;
}

// Attributes of a type object: the metatype's data descriptors, the type's MRO, then the
// metatype's other attributes.
function typeGetAttr(cls: PyType, meta: PyType, name: PyStr, raiseMissing: bool): Value {
  const metaAttr = meta.lookup(name);
  if (metaAttr != NULL && isDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, fromObj(cls), meta);
  // type's own getset descriptors (__name__, __mro__, ...) win over class attributes
  if (typeDataAttr(name)) {
    const special = typeSpecialAttr(cls, name);
    if (special != NULL) return special;
  }
  const attr = cls.lookup(name);
  if (attr != NULL) {
    if (!isPtr(attr)) return attr;
    const o = objOf(attr);
    const c = o.cls;
    if (c === T.function) return attr;
    if (c === T.builtin) {
      const b = changetype<PyBuiltin>(o);
      if (b.flags & BuiltinFlag.CLASSMETHOD) return bindBuiltin(b, fromObj(cls));
      return attr;
    }
    if (c === T.classmethod) return fromObj(new PyMethod(changetype<PyWrapper>(o).func, fromObj(cls)));
    if (c === T.staticmethod) return changetype<PyWrapper>(o).func;
    const ct = changetype<PyType>(c);
    if ((ct.flags & TypeFlag.HEAP) != 0) {
      const get = ct.lookup(N.__get__);
      if (get != NULL) return call3(get, attr, NONE, fromObj(cls));
    }
    return attr;
  }
  const special = typeSpecialAttr(cls, name);
  if (special != NULL) return special;
  if (metaAttr != NULL) return isDescriptor(metaAttr) ? bindDescriptor(metaAttr, fromObj(cls), meta) : metaAttr;
  if (!raiseMissing) return NULL;
  return raise(E.AttributeError, "type object '" + cls.name + "' has no attribute '" + name.s + "'");
}

// Attributes computed from object layouts rather than stored in dicts.
import { specialAttr, specialDataAttr, specialSet, typeSpecialAttr, typeDataAttr, slotGet, slotSet } from "./attrs";

export function setAttr(v: Value, name: PyStr, value: Value): i32 {
  const t = typeOf(v);
  if (t.flags & TypeFlag.HAS_SETATTR) {
    const sa = t.lookup(N.__setattr__);
    if (sa != NULL && !(isPtr(sa) && objOf(sa).cls === T.builtin)) {
      return call3(sa, v, fromObj(name), value) == ERR ? -1 : 0;
    }
  }
  return genericSetAttr(v, t, name, value);
}

export function genericSetAttr(v: Value, t: PyType, name: PyStr, value: Value): i32 {
  if (t.isMetatype()) {
    const cls = changetype<PyType>(objOf(v));
    if (!(cls.flags & TypeFlag.HEAP)) {
      raise(E.TypeError, "cannot set '" + name.s + "' attribute of immutable type '" + cls.name + "'");
      return -1;
    }
    const metaAttr = t.lookup(name);
    if (metaAttr != NULL && isDataDescriptor(metaAttr)) return descriptorSet(metaAttr, v, value);
    if (typeSetSpecial(cls, name, value)) return hasErr() ? -1 : 0;
    cls.tpDict.setStr(name, value);
    typeDictChanged(cls, name);
    cls.modified();
    return 0;
  }
  const attr = t.lookup(name);
  if (attr != NULL && isDataDescriptor(attr)) return descriptorSet(attr, v, value);
  const sr = specialSet(v, t, name, value);
  if (sr != 0) return sr > 0 ? 0 : -1;
  if (isPtr(v)) {
    const o = objOf(v);
    if (o instanceof PyObjectPlain && (t.flags & TypeFlag.HAS_SLOTS)) {
      const r = slotSet(changetype<PyObjectPlain>(o), t, name, value);
      if (r != 0) return r > 0 ? 0 : -1;
    }
    let d = o.dict;
    if (d === null && hasInstanceDict(o, t)) {
      d = new PyDict();
      o.dict = d;
    }
    if (d !== null) {
      changetype<PyDict>(d).setStr(name, value);
      return 0;
    }
  }
  if (attr != NULL) {
    raise(E.AttributeError, "'" + t.name + "' object attribute '" + name.s + "' is read-only");
    return -1;
  }
  if (specialAttr(v, t, name) != NULL) {
    raise(E.AttributeError, "readonly attribute");
    return -1;
  }
  raise(E.AttributeError, "'" + t.name + "' object has no attribute '" + name.s + "'");
  return -1;
}

function hasErr(): bool {
  return ts.curExc != NULL;
}

// Which objects get a __dict__ on first attribute store: instances of user classes without
// __slots__ (or with '__dict__' in them), functions, modules, and exception instances.
function hasInstanceDict(o: PyObject, t: PyType): bool {
  if (t.flags & TypeFlag.HEAP) return !(t.flags & TypeFlag.HAS_SLOTS) || t.slotNames === null || slotsHaveDict(t);
  const k = t.kind;
  return k == Kind.FUNCTION || k == Kind.MODULE || k == Kind.EXCEPTION || k == Kind.NAMESPACE;
}

function slotsHaveDict(t: PyType): bool {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const s = mro[i].slotNames;
    if (s !== null && s.includes("__dict__")) return true;
    if ((mro[i].flags & TypeFlag.HEAP) && mro[i].slotNames === null) return true;
  }
  return false;
}

function descriptorSet(attr: Value, obj: Value, value: Value): i32 {
  const o = objOf(attr);
  const ct = changetype<PyType>(o.cls);
  if (ct === T.property || ct.isSubtype(T.property)) {
    const p = changetype<PyProperty>(o);
    if (value == NULL) {
      if (p.fdel == NONE) {
        raise(E.AttributeError, "property" + propName(p) + " of '" + typeName(obj) + "' object has no deleter");
        return -1;
      }
      return call1(p.fdel, obj) == ERR ? -1 : 0;
    }
    if (p.fset == NONE) {
      raise(E.AttributeError, "property" + propName(p) + " of '" + typeName(obj) + "' object has no setter");
      return -1;
    }
    return call2(p.fset, obj, value) == ERR ? -1 : 0;
  }
  if (value == NULL) {
    const del = ct.lookup(N.__delete__);
    if (del == NULL) {
      raise(E.AttributeError, "__delete__");
      return -1;
    }
    return call2(del, attr, obj) == ERR ? -1 : 0;
  }
  const set = ct.lookup(N.__set__);
  if (set == NULL) {
    raise(E.AttributeError, "__set__");
    return -1;
  }
  return call3(set, attr, obj, value) == ERR ? -1 : 0;
}

function propName(p: PyProperty): string {
  return p.name != NONE ? " '" + changetype<PyStr>(objOf(p.name)).s + "'" : "";
}

import { typeSetSpecial, typeDictChanged } from "./classes";

export function delAttr(v: Value, name: PyStr): i32 {
  const t = typeOf(v);
  if (t.flags & TypeFlag.HAS_SETATTR) {
    const da = t.lookup(N.__delattr__);
    if (da != NULL && !(isPtr(da) && objOf(da).cls === T.builtin)) {
      return call2(da, v, fromObj(name)) == ERR ? -1 : 0;
    }
  }
  return genericDelAttr(v, t, name);
}

export function genericDelAttr(v: Value, t: PyType, name: PyStr): i32 {
  if (t.isMetatype()) {
    const cls = changetype<PyType>(objOf(v));
    if (!(cls.flags & TypeFlag.HEAP)) {
      raise(E.TypeError, "cannot delete '" + name.s + "' attribute of immutable type '" + cls.name + "'");
      return -1;
    }
    const r = cls.tpDict.delItem(fromObj(name));
    if (r < 0) return -1;
    if (r == 0) {
      raise(E.AttributeError, "type object '" + cls.name + "' has no attribute '" + name.s + "'");
      return -1;
    }
    typeDictChanged(cls, name);
    cls.modified();
    return 0;
  }
  const attr = t.lookup(name);
  if (attr != NULL && isDataDescriptor(attr)) return descriptorSet(attr, v, NULL);
  if (isPtr(v)) {
    const o = objOf(v);
    if (o instanceof PyObjectPlain && (t.flags & TypeFlag.HAS_SLOTS)) {
      const r = slotSet(changetype<PyObjectPlain>(o), t, name, NULL);
      if (r != 0) return r > 0 ? 0 : -1;
    }
    const d = o.dict;
    if (d !== null) {
      const r = changetype<PyDict>(d).delItem(fromObj(name));
      if (r < 0) return -1;
      if (r > 0) return 0;
    }
  }
  attributeError(v, t, name);
  return -1;
}

// Does v have an instance attribute `name`, which would shadow a method of that name?
// @ts-ignore: decorator
@inline export function shadowsMethod(v: Value, name: PyStr): bool {
  if (!isPtr(v)) return false;
  const d = objOf(v).dict;
  return d !== null && changetype<PyDict>(d).findStr(name) >= 0;
}

// LOAD_ATTR method form: writes (method, self) or (NULL, attribute) at out, out+8.
export function loadMethod(v: Value, name: PyStr, out: usize): i32 {
  const t = typeOf(v);
  if (!(t.flags & (TypeFlag.HAS_GETATTRIBUTE | TypeFlag.HAS_GETATTR)) && !t.isMetatype()) {
    const attr = t.lookup(name);
    if (isMethodDescriptor(attr) && !shadowsMethod(v, name)) {
      store<u64>(out, attr);
      store<u64>(out + 8, v);
      return 0;
    }
  }
  const r = getAttr(v, name);
  if (r == ERR) return -1;
  store<u64>(out, NULL);
  store<u64>(out + 8, r);
  return 0;
}

// Call v.name(*args) for 0–2 arguments.
export function callMethod0(v: Value, name: PyStr): Value {
  const m = getAttr(v, name);
  if (m == ERR) return ERR;
  return call0(m);
}

export function callMethod1(v: Value, name: PyStr, a: Value): Value {
  const m = getAttr(v, name);
  if (m == ERR) return ERR;
  return call1(m, a);
}

export function callMethod2(v: Value, name: PyStr, a: Value, b: Value): Value {
  const m = getAttr(v, name);
  if (m == ERR) return ERR;
  return call2(m, a, b);
}

// Call a special method found on the type, with v as self. NULL when the type lacks it.
export function callSpecial0(v: Value, name: PyStr): Value {
  const t = typeOf(v);
  const m = t.lookup(name);
  if (m == NULL) return NULL;
  return callBound(m, v, t, 0, NULL, NULL);
}

export function callSpecial1(v: Value, name: PyStr, a: Value): Value {
  const t = typeOf(v);
  const m = t.lookup(name);
  if (m == NULL) return NULL;
  return callBound(m, v, t, 1, a, NULL);
}

export function callSpecial2(v: Value, name: PyStr, a: Value, b: Value): Value {
  const t = typeOf(v);
  const m = t.lookup(name);
  if (m == NULL) return NULL;
  return callBound(m, v, t, 2, a, b);
}

// Call a method found on self's type with no argument (binding as needed).
export function callFound0(m: Value, self: Value): Value {
  return callBound(m, self, typeOf(self), 0, NULL, NULL);
}

// Call a method found on self's type with one argument (binding as needed).
export function callFound1(m: Value, self: Value, a: Value): Value {
  return callBound(m, self, typeOf(self), 1, a, NULL);
}

function callBound(m: Value, self: Value, t: PyType, n: i32, a: Value, b: Value): Value {
  if (isPtr(m)) {
    const o = objOf(m);
    if (o.cls === T.function || (o.cls === T.builtin && (changetype<PyBuiltin>(o).flags & BuiltinFlag.METHOD) != 0)) {
      if (n == 0) return call1(m, self);
      if (n == 1) return call2(m, self, a);
      return call3(m, self, a, b);
    }
  }
  const bound = bindDescriptor(m, self, t);
  if (bound == ERR) return ERR;
  if (n == 0) return call0(bound);
  if (n == 1) return call1(bound, a);
  return call2(bound, a, b);
}

// ---- truth and length ----

export function isTrue(v: Value): i32 {
  if (v == TRUE) return 1;
  if (v == FALSE || v == NONE) return 0;
  if (isSmallInt(v)) return smallOf(v) != 0 ? 1 : 0;
  if (isFloat(v)) return floatOf(v) != 0 ? 1 : 0;
  if (!isPtr(v)) return 1;
  const t = changetype<PyType>(objOf(v).cls);
  if (t.flags & TypeFlag.HEAP) {
    const b = t.lookup(N.__bool__);
    if (b != NULL && !(isPtr(b) && objOf(b).cls === T.builtin)) {
      const r = callBound(b, v, t, 0, NULL, NULL);
      if (r == ERR) return -1;
      if (r == TRUE) return 1;
      if (r == FALSE) return 0;
      typeError("__bool__ should return bool, returned " + typeName(r));
      return -1;
    }
    const l = t.lookup(N.__len__);
    if (l != NULL && !(isPtr(l) && objOf(l).cls === T.builtin)) {
      const n = length(v);
      return n < 0 ? -1 : n > 0 ? 1 : 0;
    }
  }
  return builtinTruth(v);
}

// The truth builtin types define, without looking for a user __bool__ or __len__ (what
// range.__bool__ & co. run): 1, 0, or -1 with an exception set. Objects of other kinds are true.
export function builtinTruth(v: Value): i32 {
  if (v == TRUE) return 1;
  if (v == FALSE || v == NONE) return 0;
  if (isSmallInt(v)) return smallOf(v) != 0 ? 1 : 0;
  if (isFloat(v)) return floatOf(v) != 0 ? 1 : 0;
  if (!isPtr(v)) return 1;
  const o = objOf(v);
  switch (changetype<PyType>(o.cls).kind) {
    case Kind.STR:
      return changetype<PyStr>(o).s.length > 0 ? 1 : 0;
    case Kind.LIST:
      return changetype<PyList>(o).length > 0 ? 1 : 0;
    case Kind.TUPLE:
      return changetype<PyTuple>(o).length > 0 ? 1 : 0;
    case Kind.DICT:
      return changetype<PyDict>(o).used > 0 ? 1 : 0;
    case Kind.SET:
    case Kind.FROZENSET:
      return changetype<PySet>(o).used > 0 ? 1 : 0;
    case Kind.INT:
      return isIntZero(v) ? 0 : 1;
    case Kind.BYTES:
    case Kind.BYTEARRAY:
      return changetype<PyBytes>(o).length > 0 ? 1 : 0;
    case Kind.RANGE:
      return changetype<PyRange>(o).length != 0 ? 1 : 0;
    case Kind.COMPLEX: {
      const c = changetype<PyComplexT>(o);
      return c.re != 0 || c.im != 0 ? 1 : 0;
    }
    case Kind.DICT_VIEW:
    case Kind.MAPPING_PROXY: {
      const n = builtinLength(v);
      return n < 0 ? -1 : n > 0 ? 1 : 0;
    }
  }
  return 1;
}

import { PyComplex as PyComplexT } from "../objects/complex";
import { dictViewLength } from "./iter";

// len(v) >= 0, or -1 with an exception set.
export function length(v: Value): i64 {
  if (isPtr(v)) {
    const t = changetype<PyType>(objOf(v).cls);
    const l = t.flags & TypeFlag.HEAP ? t.lookup(N.__len__) : NULL;
    if (l != NULL && !(isPtr(l) && objOf(l).cls === T.builtin)) {
      const r = callBound(l, v, t, 0, NULL, NULL);
      if (r == ERR) return -1;
      if (!isIntValue(r)) {
        typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        return -1;
      }
      if (!intFitsI64(r)) {
        raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
      }
      const n = intToI64(r);
      if (n < 0) {
        raise(E.ValueError, "__len__() should return >= 0");
        return -1;
      }
      return n;
    }
  }
  return builtinLength(v);
}

// The length builtin types define, without looking for a user __len__ (what str.__len__ &
// co. run): >= 0, or -1 with an exception set (TypeError for kinds without a length).
export function builtinLength(v: Value): i64 {
  if (isPtr(v)) {
    const o = objOf(v);
    switch (changetype<PyType>(o.cls).kind) {
      case Kind.STR:
        return changetype<PyStr>(o).length;
      case Kind.LIST:
        return changetype<PyList>(o).length;
      case Kind.TUPLE:
        return changetype<PyTuple>(o).length;
      case Kind.DICT:
        return changetype<PyDict>(o).used;
      case Kind.SET:
      case Kind.FROZENSET:
        return changetype<PySet>(o).used;
      case Kind.BYTES:
      case Kind.BYTEARRAY:
        return changetype<PyBytes>(o).length;
      case Kind.RANGE: {
        const r = changetype<PyRange>(o);
        if (r.length < 0) {
          raise(E.OverflowError, "Python int too large to convert to C ssize_t");
          return -1;
        }
        return r.length;
      }
      case Kind.DICT_VIEW:
        return dictViewLength(o);
      case Kind.MAPPING_PROXY:
        return changetype<PyDict>(o.dict!).used;
    }
  }
  typeError("object of type '" + typeName(v) + "' has no len()");
  return -1;
}

// builtinContains's answer for containers whose kind has no builtin membership test.
export const NO_BUILTIN: i32 = -2;

// `item in container`: 1, 0 or -1.
export function contains(container: Value, item: Value): i32 {
  if (isPtr(container)) {
    const t = changetype<PyType>(objOf(container).cls);
    const own = t.flags & TypeFlag.HEAP ? t.lookup(N.__contains__) : NULL;
    if (own == NULL || (isPtr(own) && objOf(own).cls === T.builtin)) {
      const r = builtinContains(container, item);
      if (r != NO_BUILTIN) return r;
    }
    const c = t.lookup(N.__contains__);
    if (c != NULL) {
      const r = callBound(c, container, t, 1, item, NULL);
      if (r == ERR) return -1;
      return isTrue(r);
    }
  }
  return containsByIteration(container, item);
}

// Membership as builtin containers define it, without looking for a user __contains__ (what
// str.__contains__ & co. run): 1, 0, -1 with an exception set, or NO_BUILTIN when the
// container's kind has no builtin test.
export function builtinContains(container: Value, item: Value): i32 {
  if (!isPtr(container)) return NO_BUILTIN;
  const o = objOf(container);
  switch (changetype<PyType>(o.cls).kind) {
    case Kind.DICT: {
      const r = changetype<PyDict>(o).getItem(item);
      if (r == ERR) return -1;
      return r != NULL ? 1 : 0;
    }
    case Kind.SET:
    case Kind.FROZENSET:
      return setContainsKey(changetype<PySet>(o), item);
    case Kind.STR:
      return strContains(changetype<PyStr>(o), item);
    case Kind.MAPPING_PROXY:
      return contains(fromObj(o.dict!), item);
    case Kind.BYTES:
    case Kind.BYTEARRAY:
      return bytesContains(changetype<PyBytes>(o), item);
    case Kind.LIST:
    case Kind.TUPLE:
      return sequenceHas(o, item);
    case Kind.RANGE:
      return rangeContains(container, item);
  }
  return NO_BUILTIN;
}

// Is x equal to one of the items of a list or tuple? 1, 0 or -1. An __eq__ may resize or
// clear a list (replacing its item array), so items are read through the object each time.
function sequenceHas(o: PyObject, x: Value): i32 {
  const isList = changetype<PyType>(o.cls).kind == Kind.LIST;
  for (let i = 0; ; i++) {
    const n = isList ? changetype<PyList>(o).length : changetype<PyTuple>(o).length;
    if (i >= n) return 0;
    const eq = richEqual(isList ? changetype<PyList>(o).get(i) : changetype<PyTuple>(o).get(i), x);
    if (eq != 0) return eq;
  }
  return 0;
}

import { strContains } from "./strops";
import { bytesContains } from "./methods/bytes";
import { containsByIteration } from "./iter";

// The callable's description used by call errors: "f()" or "X.f()".
export function funcDescription(callable: Value): string {
  if (isPtr(callable)) {
    const o = objOf(callable);
    if (o.cls === T.function) {
      // _PyObject_FunctionStr: "module.qualname()" unless the module is builtins
      const f = changetype<PyFunction>(o);
      const m = f.module;
      if (isPtr(m) && objOf(m).cls === T.str) {
        const ms = changetype<PyStr>(objOf(m)).s;
        if (ms != "builtins") return ms + "." + f.qualname.s + "()";
      }
      return f.qualname.s + "()";
    }
    if (o.cls === T.builtin) return changetype<PyBuiltin>(o).name.s + "()";
    if (o.cls === T.method) return funcDescription(changetype<PyMethod>(o).func);
  }
  return typeName(callable) + " object";
}

// Index conversion for sequences (operator.index): ERR with TypeError when not an int.
export function index(v: Value): Value {
  if (isSmallInt(v) || isIntValue(v)) return v;
  const t = typeOf(v);
  const m = t.lookup(N.__index__);
  if (m != NULL) {
    const r = callBound(m, v, t, 0, NULL, NULL);
    if (r == ERR) return ERR;
    if (!isIntValue(r)) return typeError("__index__ returned non-int (type " + typeName(r) + ")");
    return r;
  }
  return typeError("'" + t.name + "' object cannot be interpreted as an integer");
}

import { setContainsKey } from "./methods/set";
import { rangeContains } from "./methods/tuple";
import { richEqual } from "./compare";
