// Methods of the core types: object, type, BaseException, generators, property.
import { Value, NULL, NONE, ERR, fromObj, objOf, isPtr, fromBool, isFloat } from "../../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../../objects/type";
import { PyStr, intern, newStr } from "../../objects/str";
import { PyTuple, PyList, tupleFromMemory } from "../../objects/tuple";
import { PyDict } from "../../objects/dict";
import { PyProperty } from "../../objects/function";
import { PyBaseException, E } from "../../objects/exceptions";
import { defMethod, defClassMethod, defStatic } from "../../objects/typeinit";
import { N } from "../names";
import { raise, raiseValue, typeError, typeName, errorMatches, clearError, fetchError } from "../errors";
import { noKeywords, checkPositional } from "../args";
import { genericGetAttr, genericSetAttr, genericDelAttr, PyObjectPlain } from "../abstract";
import { reprString, strString, reprLayout } from "../repr";
import { formatValue } from "../format";
import { constructBuiltin, newInstanceOfKind } from "../constructors";
import { typeNew, builtinNew, typeCallDefault } from "../typecall";
import { PySet } from "../../objects/set";
import { listExtend, setUpdate } from "../collections";
import { dictInit } from "../constructors";
import { genSend, genThrow, wasExhausted, lastReturnValue } from "../iter";
import { PyGenerator, GenState } from "../../vm/generator";
import { call1 } from "../../vm/call";
import { intFromI64, intSign, intFitsI64, intToI64 } from "../../objects/int";
import { PySlice, SliceBounds } from "../../objects/range";
import { sliceIndices } from "../subscript";
import { index } from "../abstract";
import { PyMethod, PyWrapper } from "../../objects/function";
import { PyBytes } from "../../objects/bytes";
import { isIntValue, intBitLength } from "../../objects/int";
import { BinOp, CmpOp } from "../../common/operators";
import { slotCompare, slotHash, slotBool, slotBinary } from "./slots";
import { methNoArgs } from "./list";

function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

function strArg(v: Value, what: string): PyStr | null {
  if (!(isPtr(v) && typeOf(v).kind == Kind.STR)) {
    typeError(what + " must be string, not '" + typeName(v) + "'");
    return null;
  }
  return intern(changetype<PyStr>(objOf(v)).s);
}

// ---- object ----

function object_new(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs < 1) return typeError("object.__new__(): not enough arguments");
  const cls = arg(args, 0);
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) return typeError("object.__new__(X): X is not a type object (" + typeName(cls) + ")");
  const t = changetype<PyType>(objOf(cls));
  if (nargs > 1 && t.lookup(N.__init__) == T.object.tpDict.getStr(N.__init__)) {
    return typeError(t.name + "() takes no arguments");
  }
  return newInstanceOfKind(t);
}

function object_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs > 1) {
    const t = typeOf(arg(args, 0));
    const ownInit = t.lookup(N.__init__) != T.object.tpDict.getStr(N.__init__);
    const ownNew = t.lookup(N.__new__) != T.object.tpDict.getStr(N.__new__);
    if (ownInit) return typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    if (!ownNew) return typeError(t.name + "() takes no arguments");
  }
  return NONE;
}

function object_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__repr__", nargs, 1, 1)) return ERR;
  const v = arg(args, 0);
  const t = typeOf(v);
  if (t.kind != Kind.OBJECT) {
    const r = reprLayout(v);
    return r === null ? ERR : fromObj(newStr(r!));
  }
  let prefix = "";
  const d = t.tpDict.getStr(N.__module__);
  if (d != NULL && isPtr(d) && typeOf(d).kind == Kind.STR) {
    const ms = changetype<PyStr>(objOf(d)).s;
    if (ms != "builtins") prefix = ms + ".";
  }
  return fromObj(newStr("<" + prefix + t.qualname + " object at 0x" + (<u64>(v & 0xffff_ffff)).toString(16).padStart(12, "0") + ">"));
}

function object_str(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__str__", nargs, 1, 1)) return ERR;
  const r = reprString(arg(args, 0));
  return r === null ? ERR : fromObj(newStr(r!));
}

function object_format(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__format__", nargs, 2, 2)) return ERR;
  const spec = arg(args, 1);
  if (!(isPtr(spec) && typeOf(spec).kind == Kind.STR)) return typeError("__format__() argument must be str, not " + typeName(spec));
  if (changetype<PyStr>(objOf(spec)).s.length > 0) {
    return typeError("unsupported format string passed to " + typeName(arg(args, 0)) + ".__format__");
  }
  const s = strString(arg(args, 0));
  return s === null ? ERR : fromObj(newStr(s!));
}

// object.__sizeof__: the object's size in bytes as CPython 3.12 (64-bit) would report it for
// the common builtin layouts (header plus items, allocated capacity where it shows); other
// objects count a bare header. An estimate: Sidewinder's own layouts differ.
function object_sizeof(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.object, "__sizeof__", args, nargs, kwnames)) return ERR;
  return intFromI64(sizeEstimate(arg(args, 0)));
}

function sizeEstimate(v: Value): i64 {
  if (isFloat(v)) return 24;
  if (isIntValue(v)) {
    // 30-bit digits after a 24-byte header, at least one
    const digits = (<i64>intBitLength(v) + 29) / 30;
    return 24 + 4 * (digits > 0 ? digits : 1);
  }
  if (!isPtr(v)) return 16;
  const o = objOf(v);
  switch (changetype<PyType>(o.cls).kind) {
    case Kind.STR: {
      // compact strings: ASCII after a 40-byte header, others 1, 2 or 4 bytes a character
      // after a 56-byte one, each with a terminator
      const s = changetype<PyStr>(o);
      const n = <i64>s.length;
      if (s.isAscii()) return 41 + n;
      return 56 + (n + 1) * (s.maxChar < 0x100 ? 1 : s.maxChar < 0x10000 ? 2 : 4);
    }
    case Kind.BYTES:
      return 33 + <i64>changetype<PyBytes>(o).length;
    case Kind.BYTEARRAY: {
      const cap = <i64>changetype<PyBytes>(o).data.length;
      return 56 + (cap > 0 ? cap + 1 : 0);
    }
    case Kind.TUPLE:
      return 24 + 8 * <i64>changetype<PyTuple>(o).length;
    case Kind.LIST:
      return 40 + 8 * <i64>changetype<PyList>(o).items.capacity;
    case Kind.DICT: {
      // an empty dict shares the empty keys table; otherwise a keys object of 32 bytes, one
      // index byte per slot and two thirds of the slots as 24-byte entries
      const d = changetype<PyDict>(o);
      if (d.used == 0) return 48;
      const slots = <i64>d.indices.length;
      return 48 + 32 + slots + (slots * 2 / 3) * 24;
    }
    case Kind.SET:
    case Kind.FROZENSET: {
      // up to 8 slots live inside the 200-byte set object
      const slots = <i64>changetype<PySet>(o).mask + 1;
      return 200 + (slots > 8 ? 16 * slots : 0);
    }
    case Kind.COMPLEX:
      return 32;
    case Kind.RANGE:
      return 48;
  }
  return 16;
}

// ---- slot wrappers of object and NoneType (methods/slots.ts) ----

function object_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.object, CmpOp.LT, a, n, k); }
function object_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.object, CmpOp.LE, a, n, k); }
function object_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.object, CmpOp.EQ, a, n, k); }
function object_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.object, CmpOp.NE, a, n, k); }
function object_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.object, CmpOp.GT, a, n, k); }
function object_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.object, CmpOp.GE, a, n, k); }
function object_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.object, a, n, k); }

function none_bool(a: usize, n: i32, k: PyTuple | null): Value { return slotBool(T.none, a, n, k); }
function none_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.none, a, n, k); }
function none_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.none, CmpOp.LT, a, n, k); }
function none_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.none, CmpOp.LE, a, n, k); }
function none_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.none, CmpOp.EQ, a, n, k); }
function none_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.none, CmpOp.NE, a, n, k); }
function none_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.none, CmpOp.GT, a, n, k); }
function none_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.none, CmpOp.GE, a, n, k); }

function slice_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.slice, a, n, k); }
function slice_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.slice, CmpOp.LT, a, n, k); }
function slice_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.slice, CmpOp.LE, a, n, k); }
function slice_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.slice, CmpOp.EQ, a, n, k); }
function slice_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.slice, CmpOp.NE, a, n, k); }
function slice_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.slice, CmpOp.GT, a, n, k); }
function slice_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.slice, CmpOp.GE, a, n, k); }

function type_or(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.type, BinOp.OR, false, a, n, k); }
function type_ror(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.type, BinOp.OR, true, a, n, k); }

function object_getattribute(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__getattribute__", nargs, 2, 2)) return ERR;
  const name = strArg(arg(args, 1), "attribute name");
  if (name === null) return ERR;
  return genericGetAttr(arg(args, 0), typeOf(arg(args, 0)), name, true);
}

function object_setattr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__setattr__", nargs, 3, 3)) return ERR;
  const name = strArg(arg(args, 1), "attribute name");
  if (name === null) return ERR;
  return genericSetAttr(arg(args, 0), typeOf(arg(args, 0)), name, arg(args, 2)) < 0 ? ERR : NONE;
}

function object_delattr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__delattr__", nargs, 2, 2)) return ERR;
  const name = strArg(arg(args, 1), "attribute name");
  if (name === null) return ERR;
  return genericDelAttr(arg(args, 0), typeOf(arg(args, 0)), name) < 0 ? ERR : NONE;
}

function object_init_subclass(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (kwnames !== null && kwnames.length > 0) {
    return typeError(typeName(arg(args, 0)) == "type" ? changetype<PyType>(objOf(arg(args, 0))).name + ".__init_subclass__() takes no keyword arguments" : "__init_subclass__() takes no keyword arguments");
  }
  return NONE;
}

// T.__new__(cls, *args) of the builtin types.
function builtin_new(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs < 1) return typeError("__new__(): not enough arguments");
  const cls = arg(args, 0);
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) return typeError("__new__(X): X is not a type object (" + typeName(cls) + ")");
  return builtinNew(changetype<PyType>(objOf(cls)), args + 8, nargs - 1, kwnames);
}

function list_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("list", kwnames) || !checkPositional("list", nargs - 1, 0, 1)) return ERR;
  const l = changetype<PyList>(objOf(arg(args, 0)));
  l.items.length = 0;
  if (nargs == 2 && listExtend(l, arg(args, 1), false) < 0) return ERR;
  return NONE;
}

function dict_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const d = changetype<PyDict>(objOf(arg(args, 0)));
  return dictInit(d, args + 8, nargs - 1, kwnames) < 0 ? ERR : NONE;
}

function set_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("set", kwnames) || !checkPositional("set", nargs - 1, 0, 1)) return ERR;
  const s = changetype<PySet>(objOf(arg(args, 0)));
  s.clear();
  if (nargs == 2 && setUpdate(s, arg(args, 1)) < 0) return ERR;
  return NONE;
}

// ---- type ----

function type_new(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs < 1) return typeError("type.__new__(): not enough arguments");
  const meta = arg(args, 0);
  if (!(isPtr(meta) && typeOf(meta).isMetatype())) return typeError("type.__new__(X): X is not a type object");
  return typeNew(changetype<PyType>(objOf(meta)), args + 8, nargs - 1, kwnames);
}

function type_call(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const cls = arg(args, 0);
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) return typeError("descriptor '__call__' requires a 'type' object");
  return typeCallDefault(changetype<PyType>(objOf(cls)), args + 8, nargs - 1, kwnames);
}

function type_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return NONE;
}

function type_mro(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const t = changetype<PyType>(objOf(arg(args, 0)));
  const l = new PyList();
  for (let i = 0; i < t.mro.length; i++) l.append(fromObj(t.mro[i]));
  return fromObj(l);
}

function type_subclasses(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const t = changetype<PyType>(objOf(arg(args, 0)));
  const l = new PyList();
  for (let i = 0; i < t.subclasses.length; i++) l.append(fromObj(t.subclasses[i]));
  return fromObj(l);
}

function type_instancecheck(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__instancecheck__", nargs, 2, 2)) return ERR;
  const t = changetype<PyType>(objOf(arg(args, 0)));
  return fromBool(typeOf(arg(args, 1)).isSubtype(t));
}

function type_subclasscheck(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__subclasscheck__", nargs, 2, 2)) return ERR;
  const t = changetype<PyType>(objOf(arg(args, 0)));
  const s = arg(args, 1);
  if (!(isPtr(s) && typeOf(s).isMetatype())) return typeError("issubclass() arg 1 must be a class");
  return fromBool(changetype<PyType>(objOf(s)).isSubtype(t));
}

function type_prepare(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return fromObj(new PyDict());
}

// ---- BaseException ----

function exc_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = arg(args, 0);
  if (!typeOf(self).isSubtype(E.BaseException)) return typeError("descriptor '__init__' requires a 'BaseException' object");
  const npos = nargs - (kwnames !== null ? kwnames.length : 0);
  const e = changetype<PyBaseException>(objOf(self));
  e.args = fromObj(tupleFromMemory(args + 8, npos - 1));
  initExceptionFields(e);
  return NONE;
}

function setField(e: PyBaseException, name: PyStr, v: Value): void {
  let d = e.dict;
  if (d === null) {
    d = new PyDict();
    e.dict = d;
  }
  changetype<PyDict>(d).setStr(name, v);
}

// The attributes some exception types derive from their arguments (CPython's
// SyntaxError_init and oserror_init): SyntaxError(msg, (filename, lineno, offset, text,
// end_lineno, end_offset)) and OSError(errno, strerror[, filename]).
export function initExceptionFields(e: PyBaseException): void {
  const t = changetype<PyType>(e.cls);
  const args = changetype<PyTuple>(objOf(e.args));
  if (t.isSubtype(E.SyntaxError)) {
    if (args.length >= 1) setField(e, N.msg, args.get(0));
    if (args.length == 2 && isPtr(args.get(1)) && typeOf(args.get(1)).kind == Kind.TUPLE) {
      const info = changetype<PyTuple>(objOf(args.get(1)));
      const names: Array<PyStr> = [N.filename, N.lineno, N.offset, N.text, N.end_lineno, N.end_offset];
      for (let i = 0; i < names.length; i++) setField(e, names[i], i < info.length ? info.get(i) : NONE);
    }
  } else if (t.isSubtype(E.OSError) && args.length >= 2 && args.length <= 5) {
    setField(e, intern("errno"), args.get(0));
    setField(e, intern("strerror"), args.get(1));
    setField(e, N.filename, args.length >= 3 ? args.get(2) : NONE);
    setField(e, intern("filename2"), args.length >= 5 ? args.get(4) : NONE);
    if (args.length >= 3) {
      // with a filename, args keeps only (errno, strerror)
      const two = new PyTuple(2);
      two.set(0, args.get(0));
      two.set(1, args.get(1));
      e.args = fromObj(two);
    }
  }
}

function exc_with_traceback(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("with_traceback", nargs, 2, 2)) return ERR;
  const self = arg(args, 0);
  const tb = arg(args, 1);
  if (tb != NONE && typeOf(tb) !== T.traceback) return typeError("__traceback__ must be a traceback or None");
  changetype<PyBaseException>(objOf(self)).traceback = tb;
  return self;
}

function exc_add_note(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("add_note", nargs, 2, 2)) return ERR;
  const self = arg(args, 0);
  const note = arg(args, 1);
  if (!(isPtr(note) && typeOf(note).kind == Kind.STR)) return typeError("note must be a str, not '" + typeName(note) + "'");
  const o = objOf(self);
  let d = o.dict;
  if (d === null) {
    d = new PyDict();
    o.dict = d;
  }
  const dd = changetype<PyDict>(d);
  let notes = dd.getStr(N.__notes__);
  if (notes == NULL) {
    notes = fromObj(new PyList());
    dd.setStr(N.__notes__, notes);
  }
  changetype<PyList>(objOf(notes)).append(note);
  return NONE;
}

// ---- generators ----

function genSelf(args: usize): PyGenerator | null {
  const v = arg(args, 0);
  if (!(isPtr(v) && objOf(v) instanceof PyGenerator)) {
    typeError("descriptor requires a 'generator' object");
    return null;
  }
  return changetype<PyGenerator>(objOf(v));
}

// StopIteration(value) for a generator that returned.
function stopWith(v: Value): Value {
  if (v == NONE) return raiseValue(fromObj(newStop(NONE, false)));
  return raiseValue(fromObj(newStop(v, true)));
}

function newStop(v: Value, withValue: bool): PyBaseException {
  const e = new PyBaseException(E.StopIteration);
  e.args = withValue ? fromObj(tupleOf1(v)) : fromObj(tupleFromMemory(0, 0));
  return e;
}

function tupleOf1(v: Value): PyTuple {
  const t = new PyTuple(1);
  t.set(0, v);
  return t;
}

function gen_send(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("send", nargs, 2, 2)) return ERR;
  const g = genSelf(args);
  if (g === null) return ERR;
  const r = genSend(g, arg(args, 1));
  if (r == ERR && wasExhausted()) return stopWith(lastReturnValue());
  return r;
}

function gen_next(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const g = genSelf(args);
  if (g === null) return ERR;
  const r = genSend(g, NONE);
  if (r == ERR && wasExhausted()) return stopWith(lastReturnValue());
  return r;
}

function gen_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return arg(args, 0);
}

// throw(exc) / throw(type, value)
function gen_throw(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("throw", nargs, 2, 4)) return ERR;
  const g = genSelf(args);
  if (g === null) return ERR;
  let exc = arg(args, 1);
  if (isPtr(exc) && typeOf(exc).isMetatype() && changetype<PyType>(objOf(exc)).isSubtype(E.BaseException)) {
    const val = nargs > 2 ? arg(args, 2) : NONE;
    const cls = changetype<PyType>(objOf(exc));
    if (val != NONE && typeOf(val).isSubtype(cls)) exc = val;
    else {
      exc = constructBuiltin(cls, args + 16, val == NONE ? 0 : 1, null);
      if (exc == ERR) return ERR;
    }
  } else if (!typeOf(exc).isSubtype(E.BaseException)) {
    return typeError("exceptions must be classes or instances deriving from BaseException, not " + typeName(exc));
  }
  const r = genThrow(g, exc);
  if (r == ERR && wasExhausted()) return stopWith(lastReturnValue());
  return r;
}

function gen_close(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const g = genSelf(args);
  if (g === null) return ERR;
  if (g.state == GenState.CREATED || g.state == GenState.CLOSED) {
    g.state = GenState.CLOSED;
    return NONE;
  }
  const exit = new PyBaseException(E.GeneratorExit);
  exit.args = fromObj(tupleFromMemory(0, 0));
  const r = genThrow(g, fromObj(exit));
  if (r == ERR) {
    if (wasExhausted()) return NONE;
    if (errorMatches(E.GeneratorExit) || errorMatches(E.StopIteration)) {
      clearError();
      return NONE;
    }
    return ERR;
  }
  return raise(E.RuntimeError, "generator ignored GeneratorExit");
}

// ---- property ----

function propertyCopy(args: usize, which: i32): Value {
  const p = changetype<PyProperty>(objOf(arg(args, 0)));
  const q = new PyProperty(changetype<PyType>(p.cls));
  q.fget = p.fget;
  q.fset = p.fset;
  q.fdel = p.fdel;
  q.doc = p.doc;
  q.name = p.name;
  const f = arg(args, 1);
  if (which == 0) q.fget = f;
  else if (which == 1) q.fset = f;
  else q.fdel = f;
  return fromObj(q);
}

function property_getter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("getter", nargs, 2, 2)) return ERR;
  return propertyCopy(args, 0);
}

function property_setter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("setter", nargs, 2, 2)) return ERR;
  return propertyCopy(args, 1);
}

function property_deleter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("deleter", nargs, 2, 2)) return ERR;
  return propertyCopy(args, 2);
}

function property_get(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__get__", nargs, 2, 3)) return ERR;
  const p = changetype<PyProperty>(objOf(arg(args, 0)));
  const obj = arg(args, 1);
  if (obj == NONE) return arg(args, 0);
  if (p.fget == NONE) {
    const name = p.name != NONE && isPtr(p.name) ? " '" + changetype<PyStr>(objOf(p.name)).s + "'" : "";
    return raise(E.AttributeError, "property" + name + " of '" + typeName(obj) + "' object has no getter");
  }
  return call1(p.fget, obj);
}

function slice_indices(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("indices", kwnames) || !checkPositional("indices", nargs - 1, 1, 1)) return ERR;
  const n = index(arg(args, 1));
  if (n == ERR) return ERR;
  if (intSign(n) < 0) return raise(E.ValueError, "length should not be negative");
  const sb = new SliceBounds();
  if (sliceIndices(changetype<PySlice>(objOf(arg(args, 0))), intFitsI64(n) ? intToI64(n) : i64.MAX_VALUE, sb) < 0) return ERR;
  const t = new PyTuple(3);
  t.set(0, intFromI64(sb.start));
  t.set(1, intFromI64(sb.stop));
  t.set(2, intFromI64(sb.step));
  return fromObj(t);
}

// function.__get__(obj, type=None): functions are descriptors.
function function_get(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__get__", nargs - 1, 1, 2)) return ERR;
  const obj = arg(args, 1);
  if (obj == NONE) return arg(args, 0);
  return fromObj(new PyMethod(arg(args, 0), obj));
}

// classmethod.__get__ / staticmethod.__get__: the descriptor protocol made explicit.
function classmethod_get(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__get__", nargs - 1, 1, 2)) return ERR;
  const w = changetype<PyWrapper>(objOf(arg(args, 0)));
  let owner = nargs > 2 ? arg(args, 2) : NONE;
  if (owner == NONE) owner = fromObj(typeOf(arg(args, 1)));
  return fromObj(new PyMethod(w.func, owner));
}

function staticmethod_get(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("__get__", nargs - 1, 1, 2)) return ERR;
  return changetype<PyWrapper>(objOf(arg(args, 0))).func;
}

export function initCoreMethods(): void {
  defMethod(T.classmethod, "__get__", classmethod_get);
  defMethod(T.staticmethod, "__get__", staticmethod_get);
  defMethod(T.slice, "indices", slice_indices);
  defMethod(T.function, "__get__", function_get);
  const o = T.object;
  defStatic(o, "__new__", object_new);
  defMethod(o, "__init__", object_init);
  defMethod(o, "__repr__", object_repr);
  defMethod(o, "__str__", object_str);
  defMethod(o, "__format__", object_format);
  defMethod(o, "__lt__", object_lt);
  defMethod(o, "__le__", object_le);
  defMethod(o, "__eq__", object_eq);
  defMethod(o, "__ne__", object_ne);
  defMethod(o, "__gt__", object_gt);
  defMethod(o, "__ge__", object_ge);
  defMethod(o, "__hash__", object_hash);
  defMethod(o, "__sizeof__", object_sizeof);
  const none = T.none;
  defMethod(none, "__bool__", none_bool);
  defMethod(none, "__hash__", none_hash);
  defMethod(none, "__lt__", none_lt);
  defMethod(none, "__le__", none_le);
  defMethod(none, "__eq__", none_eq);
  defMethod(none, "__ne__", none_ne);
  defMethod(none, "__gt__", none_gt);
  defMethod(none, "__ge__", none_ge);
  const sl = T.slice;
  defMethod(sl, "__hash__", slice_hash);
  defMethod(sl, "__lt__", slice_lt);
  defMethod(sl, "__le__", slice_le);
  defMethod(sl, "__eq__", slice_eq);
  defMethod(sl, "__ne__", slice_ne);
  defMethod(sl, "__gt__", slice_gt);
  defMethod(sl, "__ge__", slice_ge);
  defMethod(o, "__getattribute__", object_getattribute);
  defMethod(o, "__setattr__", object_setattr);
  defMethod(o, "__delattr__", object_delattr);
  defClassMethod(o, "__init_subclass__", object_init_subclass);
  const t = T.type;
  defStatic(t, "__new__", type_new);
  defMethod(t, "__init__", type_init);
  defMethod(t, "__call__", type_call);
  defMethod(t, "mro", type_mro);
  defMethod(t, "__subclasses__", type_subclasses);
  defMethod(t, "__instancecheck__", type_instancecheck);
  defMethod(t, "__subclasscheck__", type_subclasscheck);
  defMethod(t, "__or__", type_or);
  defMethod(t, "__ror__", type_ror);
  defClassMethod(t, "__prepare__", type_prepare);
  const b = E.BaseException;
  defMethod(b, "__init__", exc_init);
  defMethod(b, "with_traceback", exc_with_traceback);
  defMethod(b, "add_note", exc_add_note);
  const g = T.generator;
  defMethod(g, "send", gen_send);
  defMethod(g, "throw", gen_throw);
  defMethod(g, "close", gen_close);
  defMethod(g, "__next__", gen_next);
  defMethod(g, "__iter__", gen_iter);
  const builtins: Array<PyType> = [T.int, T.float, T.complex, T.str, T.bytes, T.bytearray, T.tuple, T.list, T.dict, T.set, T.frozenset, E.BaseException];
  for (let i = 0; i < builtins.length; i++) defStatic(builtins[i], "__new__", builtin_new);
  defMethod(T.list, "__init__", list_init);
  defMethod(T.dict, "__init__", dict_init);
  defMethod(T.set, "__init__", set_init);
  const p = T.property;
  defMethod(p, "getter", property_getter);
  defMethod(p, "setter", property_setter);
  defMethod(p, "deleter", property_deleter);
  defMethod(p, "__get__", property_get);
}
