// Attributes computed from object layouts (CPython's getset and member descriptors):
// __class__, __dict__, function/code/exception/generator fields, __slots__ storage, and the
// special attributes of type objects.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, fromObj, objOf, isPtr, fromSmall, fromBool, isFloat, floatOf, fromFloat,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, newStr, intern } from "../objects/str";
import { PyTuple, PyList, emptyTuple } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyFunction, PyBuiltin, PyMethod, PyModule, PyCell, PyProperty, PyWrapper } from "../objects/function";
import { PyCode } from "../objects/code";
import { PyComplex } from "../objects/complex";
import { PyRange, PySlice } from "../objects/range";
import { PyBaseException, PyTraceback, E } from "../objects/exceptions";
import { isIntValue, asIntValue } from "../objects/int";
import { PyGenerator, GenState } from "../vm/generator";
import { N } from "./names";
import { raise, typeError, typeName, errorMatches, clearError } from "./errors";
import { getAttr } from "./abstract";
import { PyObjectPlain } from "./abstract";
import { typeModuleName } from "./repr";
import { PyFrameObj, tracebackFrame } from "./frameobj";
import { FastKind } from "../compiler/unit";
import { structSeqField } from "./structseq";
import { ts } from "./state";

function strv(s: string): Value {
  return fromObj(intern(s));
}

function tupleOfStrs(a: Array<PyStr>, from: i32, to: i32): Value {
  if (to <= from) return fromObj(emptyTuple());
  const t = new PyTuple(to - from);
  for (let i = from; i < to; i++) t.set(i - from, fromObj(a[i]));
  return fromObj(t);
}

// co_varnames / co_cellvars / co_freevars: localsplus names of one kind, in slot order.
function namesOfKind(c: PyCode, kind: i32): Value {
  const out = new Array<PyStr>();
  for (let i = 0; i < c.nlocalsplus; i++) if (c.localsplusKinds[i] & kind) out.push(c.localsplusNames[i]);
  return tupleOfStrs(out, 0, out.length);
}

// A computed attribute of v, or NULL when v has none by that name.
export function specialAttr(v: Value, t: PyType, name: PyStr): Value {
  const n = name.s;
  if (name === N.__class__) return fromObj(t);
  if (!isPtr(v)) {
    if (isIntValue(v)) return intAttr(v, n);
    if (isFloat(v)) {
      if (n == "real") return v;
      if (n == "imag") return fromFloat(0);
    }
    return NULL;
  }
  const o = objOf(v);
  if (name === N.__dict__) {
    if (hasDictSlot(o, t)) {
      let d = o.dict;
      if (d === null) {
        d = new PyDict();
        o.dict = d;
      }
      return fromObj(d!);
    }
    return NULL;
  }
  switch (t.kind) {
    case Kind.INT:
      return intAttr(v, n);
    case Kind.TUPLE:
      return structSeqField(t, changetype<PyTuple>(o), n);
    case Kind.FUNCTION: {
      const f = changetype<PyFunction>(o);
      if (name === N.__name__) return fromObj(f.name);
      if (name === N.__qualname__) return fromObj(f.qualname);
      if (name === N.__module__) return f.module;
      if (name === N.__doc__) return f.doc;
      if (name === N.__defaults__) return f.defaults == NULL ? NONE : f.defaults;
      if (name === N.__kwdefaults__) return f.kwdefaults == NULL ? NONE : f.kwdefaults;
      if (name === N.__code__) return fromObj(f.code);
      if (name === N.__globals__) return fromObj(f.globals);
      if (name === N.__closure__) return f.closure == NULL ? NONE : f.closure;
      if (name === N.__builtins__) return fromObj(f.builtins);
      if (name === N.__annotations__) {
        if (f.annotations == NULL || f.annotations == NONE) f.annotations = fromObj(new PyDict());
        else if (isPtr(f.annotations) && objOf(f.annotations).cls === T.tuple) f.annotations = annotationsDict(f.annotations);
        return f.annotations;
      }
      return NULL;
    }
    case Kind.METHOD: {
      const m = changetype<PyMethod>(o);
      if (name === N.__self__) return m.self;
      if (name === N.__func__) return m.func;
      // other attributes come from the function (CPython's method_getattro)
      const r = getAttr(m.func, name);
      if (r == ERR && errorMatches(E.AttributeError)) {
        clearError();
        return NULL;
      }
      return r;
    }
    case Kind.BUILTIN: {
      const b = changetype<PyBuiltin>(o);
      if (name === N.__name__) return fromObj(b.name);
      if (name === N.__qualname__) return b.owner !== null ? strv(b.owner!.name + "." + b.name.s) : fromObj(b.name);
      if (name === N.__self__) return b.self == NULL ? NONE : b.self;
      if (name === N.__doc__) return NONE;
      if (name === N.__module__) return b.owner === null ? strv("builtins") : NONE;
      return NULL;
    }
    case Kind.CODE: {
      const c = changetype<PyCode>(o);
      if (n == "co_name") return fromObj(c.name);
      if (n == "co_qualname") return fromObj(c.qualname);
      if (n == "co_filename") return fromObj(c.filename);
      if (n == "co_firstlineno") return fromSmall(c.firstlineno);
      if (n == "co_argcount") return fromSmall(c.argcount);
      if (n == "co_posonlyargcount") return fromSmall(c.posonlyargcount);
      if (n == "co_kwonlyargcount") return fromSmall(c.kwonlyargcount);
      if (n == "co_flags") return fromSmall(c.flags);
      if (n == "co_nlocals") return fromSmall(c.nlocals);
      if (n == "co_stacksize") return fromSmall(c.stacksize);
      if (n == "co_names") return tupleOfStrs(c.names, 0, c.names.length);
      if (n == "co_varnames") return namesOfKind(c, FastKind.LOCAL);
      if (n == "co_cellvars") return namesOfKind(c, FastKind.CELL);
      if (n == "co_freevars") return namesOfKind(c, FastKind.FREE);
      if (n == "co_consts") {
        const t2 = new PyTuple(c.consts.length);
        for (let i = 0; i < c.consts.length; i++) t2.set(i, c.consts.get(i));
        return fromObj(t2);
      }
      return NULL;
    }
    case Kind.EXCEPTION: {
      const e = changetype<PyBaseException>(o);
      if (name === N.args) return e.args;
      if (name === N.__traceback__) return e.traceback;
      if (name === N.__cause__) return e.cause;
      if (name === N.__context__) return e.context;
      if (name === N.__suppress_context__) return fromBool(e.suppressContext);
      if (t.isSubtype(E.StopIteration) && name === N.value) {
        const a = changetype<PyTuple>(objOf(e.args));
        return a.length > 0 ? a.get(0) : NONE;
      }
      if (t.isSubtype(E.SystemExit) && name === N.code) {
        const a = changetype<PyTuple>(objOf(e.args));
        return a.length == 0 ? NONE : a.length == 1 ? a.get(0) : e.args;
      }
      if ((t.isSubtype(E.ImportError)) && (name === N.name || name === N.path)) return NONE;
      if (t.isSubtype(E.SyntaxError)) {
        if (n == "msg") {
          const a = changetype<PyTuple>(objOf(e.args));
          return a.length > 0 ? a.get(0) : NONE;
        }
        if (n == "filename" || n == "lineno" || n == "offset" || n == "text" || n == "end_lineno" || n == "end_offset" || n == "print_file_and_line") return NONE;
      }
      if ((t.isSubtype(E.AttributeError) || t.isSubtype(E.NameError)) && (name === N.name || name === N.obj)) return NONE;
      return NULL;
    }
    case Kind.FRAME: {
      const fo = changetype<PyFrameObj>(o);
      if (n == "f_code") return fromObj(fo.code);
      if (n == "f_lineno") return fromSmall(fo.lineno);
      if (n == "f_globals") return fromObj(fo.globals);
      if (n == "f_locals") return fo.locals;
      if (n == "f_back") return fo.back;
      if (n == "f_builtins") return fromObj(ts.builtinsDict);
      return NULL;
    }
    case Kind.TRACEBACK: {
      const tb = changetype<PyTraceback>(o);
      if (n == "tb_next") return tb.next;
      if (n == "tb_lineno") return fromSmall(tb.lineno);
      if (n == "tb_lasti") return fromSmall(tb.lasti * 2);
      if (n == "tb_frame") return tracebackFrame(tb);
      return NULL;
    }
    case Kind.GENERATOR:
    case Kind.COROUTINE:
    case Kind.ASYNC_GENERATOR: {
      const g = changetype<PyGenerator>(o);
      if (name === N.__name__) return fromObj(g.name);
      if (name === N.__qualname__) return fromObj(g.qualname);
      const pre = t.kind == Kind.GENERATOR ? "gi_" : t.kind == Kind.COROUTINE ? "cr_" : "ag_";
      if (n == pre + "running") return fromBool(g.state == GenState.RUNNING);
      if (n == pre + "suspended") return fromBool(g.state == GenState.SUSPENDED);
      if (n == pre + "code") return fromObj(g.frame.code);
      if (n == pre + "frame") {
        if (g.state == GenState.CLOSED) return NONE;
        const fo = new PyFrameObj(g.frame.code, g.frame.globals, g.frame.code.lineAt(g.state == GenState.CREATED ? 0 : g.frame.ip - 1));
        return fromObj(fo);
      }
      if (n == "gi_yieldfrom" || n == "cr_await") return g.yieldFrom == NULL ? NONE : g.yieldFrom;
      return NULL;
    }
    case Kind.COMPLEX: {
      const c = changetype<PyComplex>(o);
      if (n == "real") return fromFloat(c.re);
      if (n == "imag") return fromFloat(c.im);
      return NULL;
    }
    case Kind.RANGE: {
      const r = changetype<PyRange>(o);
      if (n == "start") return r.startV;
      if (n == "stop") return r.stopV;
      if (n == "step") return r.stepV;
      return NULL;
    }
    case Kind.SLICE: {
      const s = changetype<PySlice>(o);
      if (n == "start") return s.start;
      if (n == "stop") return s.stop;
      if (n == "step") return s.step;
      return NULL;
    }
    case Kind.CELL: {
      if (n == "cell_contents") {
        const c = changetype<PyCell>(o);
        if (c.value == NULL) return raise(E.ValueError, "Cell is empty");
        return c.value;
      }
      return NULL;
    }
    case Kind.PROPERTY: {
      const p = changetype<PyProperty>(o);
      if (n == "fget") return p.fget;
      if (n == "fset") return p.fset;
      if (n == "fdel") return p.fdel;
      if (name === N.__doc__) return p.doc;
      return NULL;
    }
    case Kind.CLASSMETHOD:
    case Kind.STATICMETHOD: {
      if (name === N.__func__ || name === N.__wrapped__) return changetype<PyWrapper>(o).func;
      return NULL;
    }
    case Kind.MODULE:
      return NULL;
  }
  if (name === N.__doc__ && (t.flags & TypeFlag.HEAP)) return NONE;
  return NULL;
}

function intAttr(v: Value, n: string): Value {
  if (n == "real" || n == "numerator") return asIntValue(v);
  if (n == "imag") return fromSmall(0);
  if (n == "denominator") return fromSmall(1);
  return NULL;
}

function annotationsDict(t: Value): Value {
  const tup = changetype<PyTuple>(objOf(t));
  const d = new PyDict();
  for (let i = 0; i + 1 < tup.length; i += 2) d.setItem(tup.get(i), tup.get(i + 1));
  return fromObj(d);
}

function hasDictSlot(o: PyObject, t: PyType): bool {
  if (t.flags & TypeFlag.HEAP) return !(t.flags & TypeFlag.HAS_SLOTS) || o.dict !== null;
  const k = t.kind;
  return k == Kind.FUNCTION || k == Kind.MODULE || k == Kind.EXCEPTION || k == Kind.NAMESPACE;
}

// Writes to computed attributes: 1 handled, 0 not special, -1 error.
// Could specialSet take a store of `name` on an instance of t (rather than leave it to the
// instance dict)? Conservative, and must cover every case below: STORE_ATTR's cache
// (vm/attrcache.ts) stores into the dict directly when this is false.
// Attributes specialAttr computes that CPython defines with data descriptors (getset or
// member descriptors on the type), so they win over an instance-dict entry of the same name
// (genericGetAttr looks here first). Attributes our exceptions keep in the instance dict
// (AttributeError.name, ...) are not among them.
export function specialDataAttr(t: PyType, name: PyStr): bool {
  if (name === N.__class__ || name === N.__dict__) return true;
  if (t.kind == Kind.FUNCTION) {
    return name === N.__name__ || name === N.__qualname__ || name === N.__module__ || name === N.__doc__ ||
      name === N.__defaults__ || name === N.__kwdefaults__ || name === N.__code__ || name === N.__globals__ ||
      name === N.__closure__ || name === N.__builtins__ || name === N.__annotations__;
  }
  if (t.kind == Kind.EXCEPTION) {
    return name === N.args || name === N.__traceback__ || name === N.__cause__ || name === N.__context__ ||
      name === N.__suppress_context__;
  }
  return false;
}

export function specialSetTakes(t: PyType, name: PyStr): bool {
  return name === N.__class__ || name === N.__dict__ || t.kind == Kind.FUNCTION || t.kind == Kind.EXCEPTION;
}

export function specialSet(v: Value, t: PyType, name: PyStr, value: Value): i32 {
  if (!isPtr(v)) return 0;
  const o = objOf(v);
  if (name === N.__class__) {
    if (value == NULL || !(isPtr(value) && typeOf(value).isMetatype())) {
      typeError("__class__ must be set to a class, not '" + typeName(value) + "' object");
      return -1;
    }
    const nt = changetype<PyType>(objOf(value));
    if (!(nt.flags & TypeFlag.HEAP) || !(t.flags & TypeFlag.HEAP) || nt.kind != t.kind) {
      typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
      return -1;
    }
    o.cls = nt;
    return 1;
  }
  if (name === N.__dict__ && value != NULL) {
    if (!(isPtr(value) && typeOf(value).isSubtype(T.dict))) {
      typeError("__dict__ must be set to a dictionary, not a '" + typeName(value) + "'");
      return -1;
    }
    o.dict = objOf(value);
    return 1;
  }
  switch (t.kind) {
    case Kind.FUNCTION: {
      const f = changetype<PyFunction>(o);
      if (name === N.__name__ || name === N.__qualname__) {
        if (!(isPtr(value) && typeOf(value).kind == Kind.STR)) {
          typeError(name.s + " must be set to a string object");
          return -1;
        }
        if (name === N.__name__) f.name = changetype<PyStr>(objOf(value));
        else f.qualname = changetype<PyStr>(objOf(value));
        return 1;
      }
      if (name === N.__defaults__) {
        f.defaults = value == NONE || value == NULL ? NULL : value;
        return 1;
      }
      if (name === N.__kwdefaults__) {
        f.kwdefaults = value == NONE || value == NULL ? NULL : value;
        return 1;
      }
      if (name === N.__doc__) {
        f.doc = value == NULL ? NONE : value;
        return 1;
      }
      if (name === N.__module__) {
        f.module = value == NULL ? NONE : value;
        return 1;
      }
      if (name === N.__annotations__) {
        f.annotations = value == NULL ? NULL : value;
        return 1;
      }
      return 0;
    }
    case Kind.EXCEPTION: {
      const e = changetype<PyBaseException>(o);
      if (name === N.args) {
        const tv = sequenceToTupleFn(value);
        if (tv == ERR) return -1;
        e.args = tv;
        return 1;
      }
      if (name === N.__traceback__) {
        if (value == NULL) {
          typeError("__traceback__ may not be deleted");
          return -1;
        }
        if (value != NONE && typeOf(value) !== T.traceback) {
          typeError("__traceback__ must be a traceback or None");
          return -1;
        }
        e.traceback = value;
        return 1;
      }
      if (name === N.__cause__) {
        if (value != NONE && !(typeOf(value).isSubtype(E.BaseException))) {
          typeError("exception cause must be None or derive from BaseException");
          return -1;
        }
        e.cause = value;
        e.suppressContext = true;
        return 1;
      }
      if (name === N.__context__) {
        if (value != NONE && !(typeOf(value).isSubtype(E.BaseException))) {
          typeError("exception context must be None or derive from BaseException");
          return -1;
        }
        e.context = value;
        return 1;
      }
      if (name === N.__suppress_context__) {
        e.suppressContext = value == TRUE;
        return 1;
      }
      return 0;
    }
  }
  return 0;
}

import { sequenceToTuple } from "./collections";
function sequenceToTupleFn(v: Value): Value {
  return sequenceToTuple(v);
}

// Special attributes of a type object; NULL if not special.
// The attributes of type objects that CPython defines as data descriptors on `type` and that
// never read the class's own dict: a class attribute of the same name does not hide them.
export function typeDataAttr(name: PyStr): bool {
  return name === N.__name__ || name === N.__qualname__ || name === N.__mro__ || name === N.__bases__ ||
    name === N.__base__ || name === N.__dict__;
}

export function typeSpecialAttr(cls: PyType, name: PyStr): Value {
  if (name === N.__name__) return strv(cls.name);
  if (name === N.__qualname__) return strv(cls.qualname);
  if (name === N.__module__) return strv(typeModuleName(cls));
  if (name === N.__mro__) {
    const t = new PyTuple(cls.mro.length);
    for (let i = 0; i < cls.mro.length; i++) t.set(i, fromObj(cls.mro[i]));
    return fromObj(t);
  }
  if (name === N.__bases__) {
    const t = new PyTuple(cls.bases.length);
    for (let i = 0; i < cls.bases.length; i++) t.set(i, fromObj(cls.bases[i]));
    return fromObj(t);
  }
  if (name === N.__base__) return cls.base === null ? NONE : fromObj(cls.base!);
  if (name === N.__dict__) return mappingProxy(cls.tpDict);
  if (name === N.__doc__) return NONE;
  return NULL;
}

export class PyMappingProxy extends PyObject {
  constructor(d: PyDict) {
    super();
    this.cls = T.mappingproxy;
    this.dict = d;
  }
}

function mappingProxy(d: PyDict): Value {
  return fromObj(new PyMappingProxy(d));
}

// ---- __slots__ ----

function slotIndex(t: PyType, name: PyStr): i32 {
  const names = t.slotNames;
  if (names === null) return -1;
  return names.indexOf(name.s);
}

export function slotGet(o: PyObjectPlain, t: PyType, name: PyStr): Value {
  if (!(t.flags & TypeFlag.HAS_SLOTS)) return NULL;
  const i = slotIndex(t, name);
  if (i < 0) return NULL;
  const slots = o.slots;
  if (slots === null || i >= slots.length || slots.get(i) == NULL) {
    return raise(E.AttributeError, "'" + t.name + "' object has no attribute '" + name.s + "'");
  }
  return slots.get(i);
}

// 1 stored (or deleted), 0 not a slot, -1 error.
export function slotSet(o: PyObjectPlain, t: PyType, name: PyStr, value: Value): i32 {
  const i = slotIndex(t, name);
  if (i < 0) return 0;
  let slots = o.slots;
  if (slots === null) {
    slots = new ValueArray();
    o.slots = slots;
  }
  while (slots.length <= i) slots.push(NULL);
  if (value == NULL && slots.get(i) == NULL) {
    raise(E.AttributeError, "'" + t.name + "' object has no attribute '" + name.s + "'");
    return -1;
  }
  slots.set(i, value);
  return 1;
}
