// Class creation: __build_class__, type(name, bases, dict), C3 MRO, __slots__,
// __init_subclass__, __set_name__, __classcell__, and the flags that route attribute access
// of user classes (TypeFlag.HAS_GETATTR, …).
import { Value, NULL, NONE, TRUE, ERR, fromObj, objOf, isPtr } from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, intern, newStr } from "../objects/str";
import { PyTuple, PyList, emptyTuple } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyFunction, PyCell, PyWrapper, PyBuiltin } from "../objects/function";
import { E } from "../objects/exceptions";
import { N } from "./names";
import { raise, typeError, typeName } from "./errors";
import { getAttr, bindDescriptor, callFound1 } from "./abstract";
import { getIter, iterNext } from "./iter";
import { callValue, callWithSelf, freeTop, callArgsKw, bindArguments } from "../vm/call";
import { runEntry } from "../vm/eval";
import { vstack, clearSlots, chain } from "../vm/frame";
import { ts } from "./state";
import { typeModuleName } from "./repr";

// C3 linearisation of cls over its bases. null with TypeError on conflict.
export function computeMro(cls: PyType): Array<PyType> | null {
  const seqs = new Array<Array<PyType>>();
  for (let i = 0; i < cls.bases.length; i++) seqs.push(cls.bases[i].mro.slice(0));
  seqs.push(cls.bases.slice(0));
  const out: Array<PyType> = [cls];
  while (true) {
    let nonEmpty = false;
    for (let i = 0; i < seqs.length; i++) if (seqs[i].length > 0) nonEmpty = true;
    if (!nonEmpty) return out;
    let candidate: PyType | null = null;
    for (let i = 0; i < seqs.length && candidate === null; i++) {
      if (seqs[i].length == 0) continue;
      const head = seqs[i][0];
      let inTail = false;
      for (let j = 0; j < seqs.length && !inTail; j++) {
        const s = seqs[j];
        for (let k = 1; k < s.length; k++) {
          if (s[k] === head) {
            inTail = true;
            break;
          }
        }
      }
      if (!inTail) candidate = head;
    }
    if (candidate === null) {
      // CPython's set_mro_error names the heads still waiting to be merged
      let names = "";
      const seen = new Array<PyType>();
      for (let i = 0; i < seqs.length; i++) {
        if (seqs[i].length == 0 || seen.includes(seqs[i][0])) continue;
        seen.push(seqs[i][0]);
        if (names.length > 0) names += ", ";
        names += seqs[i][0].name;
      }
      typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      return null;
    }
    const c = candidate!;
    out.push(c);
    for (let i = 0; i < seqs.length; i++) {
      if (seqs[i].length > 0 && seqs[i][0] === c) seqs[i].shift();
    }
  }
}

// Recompute the routing flags of cls and its subclasses after a dunder changes.
export function updateFlags(cls: PyType): void {
  let f = cls.flags & ~(TypeFlag.HAS_GETATTR | TypeFlag.HAS_GETATTRIBUTE | TypeFlag.HAS_SETATTR);
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (!(t.flags & TypeFlag.HEAP)) continue;
    const d = t.tpDict;
    if (d.getStr(N.__getattr__) != NULL) f |= TypeFlag.HAS_GETATTR;
    if (d.getStr(N.__getattribute__) != NULL) f |= TypeFlag.HAS_GETATTRIBUTE;
    if (d.getStr(N.__setattr__) != NULL || d.getStr(N.__delattr__) != NULL) f |= TypeFlag.HAS_SETATTR;
  }
  cls.flags = f;
  for (let i = 0; i < cls.subclasses.length; i++) updateFlags(cls.subclasses[i]);
}

export function typeDictChanged(cls: PyType, name: PyStr): void {
  updateFlags(cls);
}

// type.__name__ / __qualname__ / __doc__ assignment. true when handled.
export function typeSetSpecial(cls: PyType, name: PyStr, value: Value): bool {
  if (name === N.__name__ || name === N.__qualname__) {
    if (!(isPtr(value) && typeOf(value).kind == Kind.STR)) {
      typeError("can only assign string to " + cls.name + "." + name.s + ", not '" + typeName(value) + "'");
      return true;
    }
    if (name === N.__name__) cls.name = changetype<PyStr>(objOf(value)).s;
    else cls.qualname = changetype<PyStr>(objOf(value)).s;
    return true;
  }
  return false;
}

// The instance layout a class inherits: the kind of its first non-object builtin ancestor.
function solidKind(bases: Array<PyType>): i32 {
  let kind = Kind.OBJECT;
  for (let i = 0; i < bases.length; i++) {
    const k = bases[i].kind;
    if (k == Kind.OBJECT) continue;
    if (kind == Kind.OBJECT) kind = k;
    else if (kind != k) return -1;
  }
  return kind;
}

function strItems(v: Value): Array<string> | null {
  const out = new Array<string>();
  if (isPtr(v) && typeOf(v).kind == Kind.STR) {
    out.push(changetype<PyStr>(objOf(v)).s);
    return out;
  }
  const it = getIter(v);
  if (it == ERR) return null;
  while (true) {
    const x = iterNext(it);
    if (x == ERR) return null;
    if (x == NULL) return out;
    if (!(isPtr(x) && typeOf(x).kind == Kind.STR)) {
      typeError("__slots__ items must be strings, not '" + typeName(x) + "'");
      return null;
    }
    out.push(changetype<PyStr>(objOf(x)).s);
  }
}

// type.__new__(meta, name, bases, ns): the new class, or ERR.
// kwargs: the keyword arguments type.__new__ received, passed on to __init_subclass__.
export function newClass(meta: PyType, name: string, basesv: Value, ns: PyDict, kwargs: PyDict | null): Value {
  const basesT = changetype<PyTuple>(objOf(basesv));
  const bases = new Array<PyType>();
  for (let i = 0; i < basesT.length; i++) {
    const b = basesT.get(i);
    if (!(isPtr(b) && typeOf(b).isMetatype())) {
      return typeError("bases must be types");
    }
    const bt = changetype<PyType>(objOf(b));
    if (!(bt.flags & TypeFlag.BASETYPE)) return typeError("type '" + bt.name + "' is not an acceptable base type");
    for (let j = 0; j < bases.length; j++) {
      if (bases[j] === bt) return typeError("duplicate base class " + bt.name);
    }
    bases.push(bt);
  }
  if (bases.length == 0) bases.push(T.object);
  const kind = solidKind(bases);
  if (kind < 0) return typeError("multiple bases have instance lay-out conflict");
  const dict = new PyDict();
  for (let i = ns.nextEntry(0); i >= 0; i = ns.nextEntry(i + 1)) dict.setItemHashed(ns.keyAt(i), ns.hashAt(i), ns.valueAt(i));
  const cls = new PyType(name, <Kind>kind, bases[0], dict);
  cls.cls = meta;
  cls.flags = TypeFlag.HEAP | TypeFlag.BASETYPE;
  cls.bases = bases;
  // the first base with a non-object layout is the real base (CPython's best_base)
  for (let i = 0; i < bases.length; i++) {
    if (bases[i].kind == kind) {
      cls.base = bases[i];
      break;
    }
  }
  const qn = dict.getStr(N.__qualname__);
  if (qn != NULL) {
    if (!(isPtr(qn) && typeOf(qn).kind == Kind.STR)) {
      return typeError("type __qualname__ must be a str, not " + typeName(qn));
    }
    cls.qualname = changetype<PyStr>(objOf(qn)).s;
    dict.delItem(fromObj(N.__qualname__));
  }
  let mod = dict.getStr(N.__module__);
  if (mod == NULL) {
    // type(name, bases, dict) outside a class statement: the caller's module
    const top = chain.top;
    if (top !== null) {
      mod = top.globals.getStr(N.__name__);
      if (mod != NULL) dict.setStr(N.__module__, mod);
    }
  }
  if (mod != NULL) cls.module = mod;
  const mro = computeMro(cls);
  if (mro === null) return ERR;
  cls.mro = mro!;
  // __slots__
  const slots = dict.getStr(N.__slots__);
  let slotNames: Array<string> | null = null;
  for (let i = mro!.length - 1; i >= 1; i--) {
    const inherited = mro![i].slotNames;
    if (inherited !== null) {
      if (slotNames === null) slotNames = [];
      for (let k = 0; k < inherited.length; k++) if (!slotNames!.includes(inherited[k])) slotNames!.push(inherited[k]);
    }
  }
  if (slots != NULL) {
    const own = strItems(slots);
    if (own === null) return ERR;
    if (slotNames === null) slotNames = [];
    for (let k = 0; k < own!.length; k++) {
      const s = own![k];
      if (dict.getStr(intern(s)) != NULL) {
        return raise(E.ValueError, "'" + s + "' in __slots__ conflicts with class variable");
      }
      if (!slotNames!.includes(s)) slotNames!.push(s);
    }
    let allSlotted = true;
    for (let i = 1; i < mro!.length; i++) {
      const b = mro![i];
      if ((b.flags & TypeFlag.HEAP) && !(b.flags & TypeFlag.HAS_SLOTS)) allSlotted = false;
    }
    if (allSlotted && kind == Kind.OBJECT && !own!.includes("__dict__")) cls.flags |= TypeFlag.HAS_SLOTS;
  }
  cls.slotNames = slotNames;
  // implicit classmethod / staticmethod wrappers
  wrapImplicit(dict, N.__new__, T.staticmethod);
  wrapImplicit(dict, N.__init_subclass__, T.classmethod);
  wrapImplicit(dict, N.__class_getitem__, T.classmethod);
  // __eq__ without __hash__ makes instances unhashable
  if (dict.getStr(N.__eq__) != NULL && dict.getStr(N.__hash__) == NULL) dict.setStr(N.__hash__, NONE);
  // __classcell__: the class body's __class__ cell now refers to the class
  const cell = dict.getStr(N.__classcell__);
  if (cell != NULL) {
    if (isPtr(cell) && objOf(cell).cls === T.cell) changetype<PyCell>(objOf(cell)).value = fromObj(cls);
    dict.delItem(fromObj(N.__classcell__));
  }
  for (let i = 0; i < bases.length; i++) bases[i].subclasses.push(cls);
  updateFlags(cls);
  // the namespace was edited above: start from a fresh version for the attribute cache
  cls.modified();
  // __set_name__ on descriptors in the namespace
  for (let i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
    const v = dict.valueAt(i);
    const vt = typeOf(v);
    if (vt.flags & TypeFlag.HEAP) {
      const sn = vt.lookup(N.__set_name__);
      if (sn != NULL) {
        if (callWithSelf(sn, v, argPair(fromObj(cls), dict.keyAt(i)), 2, null) == ERR) return ERR;
      }
    }
    if (vt === T.property) {
      const p = changetype<PyObject>(objOf(v));
      setPropertyName(p, dict.keyAt(i));
    }
  }
  // __init_subclass__ of the parent
  const parentInit = superLookupFrom(cls, N.__init_subclass__);
  if (parentInit != NULL) {
    const bound = bindInitSubclass(parentInit, cls);
    if (bound == ERR) return ERR;
    if (callArgsKw(bound, [], kwargs) == ERR) return ERR;
  }
  return fromObj(cls);
}

import { PyProperty } from "../objects/function";
function setPropertyName(p: PyObject, name: Value): void {
  const pp = changetype<PyProperty>(p);
  if (pp.name == NONE) pp.name = name;
}

function argPair(a: Value, b: Value): usize {
  const top = freeTop() + 64;
  store<u64>(top, a);
  store<u64>(top + 8, b);
  return top;
}

function wrapImplicit(dict: PyDict, name: PyStr, wrapper: PyType): void {
  const v = dict.getStr(name);
  if (v != NULL && isPtr(v) && objOf(v).cls === T.function) dict.setStr(name, fromObj(new PyWrapper(wrapper, v)));
}

// The first definition of name after cls in its MRO.
function superLookupFrom(cls: PyType, name: PyStr): Value {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const v = mro[i].tpDict.getStr(name);
    if (v != NULL) return v;
  }
  return NULL;
}

function bindInitSubclass(m: Value, cls: PyType): Value {
  if (isPtr(m)) {
    const o = objOf(m);
    if (o.cls === T.classmethod) {
      return bindDescriptor(m, fromObj(cls), cls);
    }
    if (o.cls === T.builtin) {
      return bindDescriptor(m, fromObj(cls), cls);
    }
  }
  return bindDescriptor(m, fromObj(cls), cls);
}



// The most derived metaclass among meta and the bases' metaclasses.
export function calculateMeta(meta: PyType, bases: PyTuple): PyType | null {
  let winner = meta;
  for (let i = 0; i < bases.length; i++) {
    const bt = typeOf(bases.get(i));
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    return null;
  }
  return winner;
}

// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)
export function buildClass(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - nkw;
  if (npos < 2) return typeError("__build_class__: not enough arguments");
  const func = load<u64>(args);
  const namev = load<u64>(args + 8);
  if (!(isPtr(func) && objOf(func).cls === T.function)) return typeError("__build_class__: func must be a function");
  if (!(isPtr(namev) && typeOf(namev).kind == Kind.STR)) return typeError("__build_class__: name is not a string");
  const bases = new PyTuple(npos - 2);
  for (let i = 2; i < npos; i++) bases.set(i - 2, load<u64>(args + (<usize>i << 3)));
  let metaV: Value = NULL;
  const kwds = new PyDict();
  for (let k = 0; k < nkw; k++) {
    const key = kwnames!.get(k);
    const val = load<u64>(args + (<usize>(npos + k) << 3));
    if (objOf(key) === N.__class__ || changetype<PyStr>(objOf(key)).s == "metaclass") metaV = val;
    else kwds.setItem(key, val);
  }
  let meta: Value = metaV;
  let isClassMeta = true;
  if (meta == NULL) {
    meta = bases.length > 0 ? fromObj(typeOf(bases.get(0))) : fromObj(T.type);
  } else if (!(isPtr(meta) && typeOf(meta).isMetatype())) {
    isClassMeta = false;
  }
  if (isClassMeta) {
    const m = calculateMeta(changetype<PyType>(objOf(meta)), bases);
    if (m === null) return ERR;
    meta = fromObj(m!);
  }
  // the namespace: __prepare__ of the metaclass, else a dict
  let ns: Value = NULL;
  const prep = isClassMeta ? changetype<PyType>(objOf(meta)).lookup(N.__prepare__) : NULL;
  if (prep != NULL && !(isPtr(prep) && objOf(prep).cls === T.builtin)) {
    const bound = bindDescriptor(prep, meta, changetype<PyType>(objOf(meta)));
    if (bound == ERR) return ERR;
    ns = callArgsKw(bound, [namev, fromObj(bases)], kwds);
    if (ns == ERR) return ERR;
  } else {
    ns = fromObj(new PyDict());
  }
  // run the class body with the namespace as its locals
  const fn = changetype<PyFunction>(objOf(func));
  const top = freeTop();
  const f = bindArguments(fn, top, 0, null);
  if (f === null) return ERR;
  f.locals = changetype<PyDict>(objOf(ns));
  const cell = runEntry(f);
  if (cell == ERR) return ERR;
  // call the metaclass
  const nsd = changetype<PyDict>(objOf(ns));
  if (isPtr(cell) && objOf(cell).cls === T.cell) {
    if (nsd.getStr(N.__classcell__) == NULL) nsd.setStr(N.__classcell__, cell);
  }
  return callArgsKw(meta, [namev, fromObj(bases), ns], kwds);
}


