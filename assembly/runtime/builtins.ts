// The builtins module: builtin functions, the builtin types and exceptions by name, and
// the output path (print writes through sys.stdout when it was replaced, else to the host).
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, ELLIPSIS, NOTIMPL, isSmallInt, smallOf, fromSmall, isFloat, floatOf,
  fromFloat, fromObj, objOf, isPtr, fromBool,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, intern, newStr, strValue } from "../objects/str";
import { PyTuple, PyList, tupleFromMemory, emptyTuple } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyBuiltin, NativeFn, PyModule } from "../objects/function";
import { PyBytes } from "../objects/bytes";
import { E } from "../objects/exceptions";
import { isIntValue, intToI64, intFitsI64, intFromI64, intSign, intNeg, asIntValue, intToString } from "../objects/int";
import { CmpOp } from "../common/operators";
import { IT } from "./iter";
import { N } from "./names";
import { ts } from "./state";
import { raise, typeError, typeName, errorMatches, clearError } from "./errors";
import { Args, parseArgs, noKeywords, checkPositional } from "./args";
import {
  getAttr, setAttr, delAttr, isTrue, length, index, callSpecial0, genericGetAttr, richCompare,
  hashValue, getIter, iterNext, repr, str, unaryNegative, binaryOp,
} from "./abstract";
import { reprString, strString, asciiOf } from "./repr";
import { formatValue } from "./format";
import { listExtend } from "./collections";
import { buildClass } from "./classes";
import { newModule, importModule } from "./import";
import { setBuiltinsModule } from "./exec";
import { callValue, call1, freeTop } from "../vm/call";
import { chain } from "../vm/frame";
import { hostWrite } from "../host/imports";
import { BinOp } from "../common/operators";
import { isUnion, unionMembers } from "./union";

// ---- output ----

export function writeHost(stream: i32, s: string): void {
  const bytes = String.UTF8.encode(s);
  hostWrite(stream, changetype<usize>(bytes), bytes.byteLength);
}

// Write s to a file object: the host streams for the real stdout/stderr, else file.write(s).
export function writeTo(file: Value, s: string): i32 {
  if (isPtr(file) && objOf(file) instanceof HostStream) {
    writeHost(changetype<HostStream>(objOf(file)).stream, s);
    return 0;
  }
  const w = getAttr(file, intern("write"));
  if (w == ERR) return -1;
  return call1(w, strValue(s)) == ERR ? -1 : 0;
}

// sys.stdout / sys.stderr before the program replaces them.
export class HostStream extends PyObject {
  constructor(cls: PyType, public stream: i32) {
    super();
    this.cls = cls;
  }
}

// ---- the functions ----

function b_print(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - nkw;
  let sep = " ";
  let end = "\n";
  let file: Value = NULL;
  let flush = false;
  for (let k = 0; k < nkw; k++) {
    const key = changetype<PyStr>(objOf(kwnames!.get(k))).s;
    const v = load<u64>(args + (<usize>(npos + k) << 3));
    if (key == "sep") {
      if (v != NONE) {
        if (!(isPtr(v) && typeOf(v).kind == Kind.STR)) return typeError("sep must be None or a string, not " + typeName(v));
        sep = changetype<PyStr>(objOf(v)).s;
      }
    } else if (key == "end") {
      if (v != NONE) {
        if (!(isPtr(v) && typeOf(v).kind == Kind.STR)) return typeError("end must be None or a string, not " + typeName(v));
        end = changetype<PyStr>(objOf(v)).s;
      }
    } else if (key == "file") file = v;
    else if (key == "flush") flush = true;
    else return typeError("'" + key + "' is an invalid keyword argument for print()");
  }
  if (file == NULL || file == NONE) file = sysStream(1);
  if (isPtr(file) && objOf(file) instanceof HostStream) {
    const parts = new Array<string>(npos);
    for (let i = 0; i < npos; i++) {
      const s = str(load<u64>(args + (<usize>i << 3)));
      if (s === null) return ERR;
      unchecked((parts[i] = s.s));
    }
    writeHost(changetype<HostStream>(objOf(file)).stream, parts.join(sep) + end);
    return NONE;
  }
  // a Python file object gets each piece in its own write(), as CPython's print does
  for (let i = 0; i < npos; i++) {
    if (i > 0 && writeTo(file, sep) < 0) return ERR;
    const s = str(load<u64>(args + (<usize>i << 3)));
    if (s === null || writeTo(file, s.s) < 0) return ERR;
  }
  if (writeTo(file, end) < 0) return ERR;
  return NONE;
}

// The current sys.stdout (1) or sys.stderr (2).
import { sysStream } from "../modules/sys";

function b_len(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("len", kwnames) || !checkPositional("len", nargs, 1, 1)) return ERR;
  const n = length(load<u64>(args));
  return n < 0 ? ERR : intFromI64(n);
}

function b_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("repr", kwnames) || !checkPositional("repr", nargs, 1, 1)) return ERR;
  const s = repr(load<u64>(args));
  return s === null ? ERR : fromObj(s);
}

function b_ascii(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("ascii", kwnames) || !checkPositional("ascii", nargs, 1, 1)) return ERR;
  const s = reprString(load<u64>(args));
  return s === null ? ERR : fromObj(asciiOf(s!));
}

function classInfoCheck(cls: Value, fname: string, what: string): bool {
  if (isPtr(cls) && typeOf(cls).isMetatype()) return true;
  if (isPtr(cls) && typeOf(cls).kind == Kind.TUPLE) {
    const t = changetype<PyTuple>(objOf(cls));
    for (let i = 0; i < t.length; i++) if (!classInfoCheck(t.get(i), fname, what)) return false;
    return true;
  }
  typeError(fname + "() arg 2 must be a type, a tuple of types, or a union");
  return false;
}

// isinstance(obj, cls) with tuples and __instancecheck__. 1/0/-1
export function isInstance(obj: Value, cls0: Value): i32 {
  const cls = isUnion(cls0) ? unionMembers(cls0) : cls0;
  if (isPtr(cls) && typeOf(cls).kind == Kind.TUPLE) {
    const t = changetype<PyTuple>(objOf(cls));
    for (let i = 0; i < t.length; i++) {
      const r = isInstance(obj, t.get(i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) {
    typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  const ct = changetype<PyType>(objOf(cls));
  if (typeOf(obj).isSubtype(ct)) return 1;
  const meta = typeOf(cls);
  if (meta.flags & TypeFlag.HEAP) {
    const ic = meta.lookup(N.__instancecheck__);
    if (ic != NULL) {
      const r = callSpecialWith(cls, N.__instancecheck__, obj);
      if (r == ERR) return -1;
      return isTrue(r);
    }
  }
  return 0;
}

import { callSpecial1 } from "./abstract";
function callSpecialWith(self: Value, name: PyStr, a: Value): Value {
  return callSpecial1(self, name, a);
}

export function isSubclass(sub: Value, cls0: Value): i32 {
  const cls = isUnion(cls0) ? unionMembers(cls0) : cls0;
  if (isPtr(cls) && typeOf(cls).kind == Kind.TUPLE) {
    const t = changetype<PyTuple>(objOf(cls));
    for (let i = 0; i < t.length; i++) {
      const r = isSubclass(sub, t.get(i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (!(isPtr(cls) && typeOf(cls).isMetatype())) {
    typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  if (!(isPtr(sub) && typeOf(sub).isMetatype())) {
    typeError("issubclass() arg 1 must be a class");
    return -1;
  }
  const meta = typeOf(cls);
  if (meta.flags & TypeFlag.HEAP) {
    const sc = meta.lookup(N.__subclasscheck__);
    if (sc != NULL) {
      const r = callSpecialWith(cls, N.__subclasscheck__, sub);
      if (r == ERR) return -1;
      return isTrue(r);
    }
  }
  return changetype<PyType>(objOf(sub)).isSubtype(changetype<PyType>(objOf(cls))) ? 1 : 0;
}

function b_isinstance(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("isinstance", kwnames) || !checkPositional("isinstance", nargs, 2, 2)) return ERR;
  const r = isInstance(load<u64>(args), load<u64>(args + 8));
  return r < 0 ? ERR : fromBool(r != 0);
}

function b_issubclass(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("issubclass", kwnames) || !checkPositional("issubclass", nargs, 2, 2)) return ERR;
  const r = isSubclass(load<u64>(args), load<u64>(args + 8));
  return r < 0 ? ERR : fromBool(r != 0);
}

function attrName(v: Value, fname: string): PyStr | null {
  if (!(isPtr(v) && typeOf(v).kind == Kind.STR)) {
    typeError("attribute name must be string, not '" + typeName(v) + "'");
    return null;
  }
  return intern(changetype<PyStr>(objOf(v)).s);
}

function b_getattr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("getattr", kwnames) || !checkPositional("getattr", nargs, 2, 3)) return ERR;
  const name = attrName(load<u64>(args + 8), "getattr");
  if (name === null) return ERR;
  const r = getAttr(load<u64>(args), name);
  if (r == ERR && nargs == 3 && errorMatches(E.AttributeError)) {
    clearError();
    return load<u64>(args + 16);
  }
  return r;
}

function b_setattr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("setattr", kwnames) || !checkPositional("setattr", nargs, 3, 3)) return ERR;
  const name = attrName(load<u64>(args + 8), "setattr");
  if (name === null) return ERR;
  return setAttr(load<u64>(args), name, load<u64>(args + 16)) < 0 ? ERR : NONE;
}

function b_delattr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("delattr", kwnames) || !checkPositional("delattr", nargs, 2, 2)) return ERR;
  const name = attrName(load<u64>(args + 8), "delattr");
  if (name === null) return ERR;
  return delAttr(load<u64>(args), name) < 0 ? ERR : NONE;
}

function b_hasattr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("hasattr", kwnames) || !checkPositional("hasattr", nargs, 2, 2)) return ERR;
  const name = attrName(load<u64>(args + 8), "hasattr");
  if (name === null) return ERR;
  const r = getAttr(load<u64>(args), name);
  if (r == ERR) {
    if (errorMatches(E.AttributeError)) {
      clearError();
      return FALSE;
    }
    return ERR;
  }
  return TRUE;
}

function b_iter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("iter", kwnames) || !checkPositional("iter", nargs, 1, 2)) return ERR;
  if (nargs == 1) return getIter(load<u64>(args));
  const f = load<u64>(args);
  const t = typeOf(f);
  if (!(t.kind == Kind.FUNCTION || t.kind == Kind.BUILTIN || t.kind == Kind.METHOD || t.kind == Kind.TYPE || t.lookup(N.__call__) != NULL)) {
    return typeError("iter(object, sentinel): object must be callable");
  }
  const it = newIterOf(f, load<u64>(args + 8));
  return it;
}

import { newIter, IterKind } from "./iter";
function newIterOf(f: Value, sentinel: Value): Value {
  const it = newIter(IT.callable, IterKind.CALLABLE, f);
  it.extra = sentinel;
  return fromObj(it);
}

function b_next(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("next", kwnames) || !checkPositional("next", nargs, 1, 2)) return ERR;
  const it = load<u64>(args);
  const t = typeOf(it);
  if (!(t.kind == Kind.ITERATOR || t.kind == Kind.GENERATOR || t.lookup(N.__next__) != NULL)) {
    return typeError("'" + t.name + "' object is not an iterator");
  }
  const r = iterNext(it);
  if (r == NULL) {
    if (nargs == 2) return load<u64>(args + 8);
    if (t.kind == Kind.GENERATOR && wasExhausted()) return raiseStop(lastReturnValue());
    return raiseNoArgs(E.StopIteration);
  }
  return r;
}

import { lastReturnValue, wasExhausted } from "./iter";
import { raiseNoArgs, raiseWith } from "./errors";
function raiseStop(v: Value): Value {
  if (v == NONE) return raiseNoArgs(E.StopIteration);
  return raiseWith(E.StopIteration, v);
}

function b_id(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("id", kwnames) || !checkPositional("id", nargs, 1, 1)) return ERR;
  const v = load<u64>(args);
  if (isPtr(v)) return intFromI64(<i64>(v & 0xffff_ffff));
  // immediates: a stable number derived from the bits
  return intFromI64(<i64>(v & 0x0000_ffff_ffff_ffff) + 0x1_0000_0000);
}

function b_hash(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("hash", kwnames) || !checkPositional("hash", nargs, 1, 1)) return ERR;
  const h = hashValue(load<u64>(args));
  return h == -1 ? ERR : intFromI64(h);
}

function b_callable(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("callable", kwnames) || !checkPositional("callable", nargs, 1, 1)) return ERR;
  const v = load<u64>(args);
  const t = typeOf(v);
  const k = t.kind;
  return fromBool(k == Kind.FUNCTION || k == Kind.BUILTIN || k == Kind.METHOD || k == Kind.STATICMETHOD || t.isMetatype() || t.lookup(N.__call__) != NULL);
}

function b_abs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("abs", kwnames) || !checkPositional("abs", nargs, 1, 1)) return ERR;
  const v = load<u64>(args);
  if (isIntValue(v)) return intSign(v) < 0 ? intNeg(asIntValue(v)) : asIntValue(v);
  if (isFloat(v)) return fromFloat(Math.abs(floatOf(v)));
  const r = callSpecial0(v, N.__abs__);
  if (r == NULL) return typeError("bad operand type for abs(): '" + typeName(v) + "'");
  return r;
}

function b_globals(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const f = chain.top;
  if (f === null) return fromObj(new PyDict());
  return fromObj(f!.globals);
}

const B_FORMAT_PARAMS = ["value", "format_spec"];

function b_format(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(2);
  if (!parseArgs("format", args, nargs, kwnames, B_FORMAT_PARAMS, 1, 2, 2, a)) return ERR;
  let spec = a.has(1) ? a.get(1) : strValue("");
  if (!(isPtr(spec) && typeOf(spec).kind == Kind.STR)) return typeError("format() argument 2 must be str, not " + typeName(spec));
  return formatValue(a.get(0), spec);
}

function b_build_class(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return buildClass(args, nargs, kwnames);
}

const B_IMPORT_PARAMS = ["name", "globals", "locals", "fromlist", "level"];

function b_import(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const a = new Args(5);
  if (!parseArgs("__import__", args, nargs, kwnames, B_IMPORT_PARAMS, 1, 0, 5, a)) return ERR;
  const name = a.get(0);
  if (!(isPtr(name) && typeOf(name).kind == Kind.STR)) return typeError("__import__() argument 1 must be str, not " + typeName(name));
  let globals = a.has(1) && a.get(1) != NONE ? a.get(1) : NULL;
  const g = globals != NULL && typeOf(globals).kind == Kind.DICT ? changetype<PyDict>(objOf(globals)) : new PyDict();
  return importModule(changetype<PyStr>(objOf(name)), g, a.has(3) ? a.get(3) : NONE, a.has(4) ? a.get(4) : fromSmall(0));
}

// ---- the module ----

export function defFunction(d: PyDict, name: string, fn: NativeFn): void {
  d.setStr(intern(name), fromObj(new PyBuiltin(name, fn, null, 0)));
}

export function initBuiltins(): PyModule {
  const m = newModule("builtins", null);
  const d = m.mdict;
  ts.builtinsDict = d;
  setBuiltinsModule(m);
  ts.modules.setStr(intern("builtins"), fromObj(m));
  defFunction(d, "print", b_print);
  defFunction(d, "len", b_len);
  defFunction(d, "repr", b_repr);
  defFunction(d, "ascii", b_ascii);
  defFunction(d, "isinstance", b_isinstance);
  defFunction(d, "issubclass", b_issubclass);
  defFunction(d, "getattr", b_getattr);
  defFunction(d, "setattr", b_setattr);
  defFunction(d, "delattr", b_delattr);
  defFunction(d, "hasattr", b_hasattr);
  defFunction(d, "iter", b_iter);
  defFunction(d, "next", b_next);
  defFunction(d, "id", b_id);
  defFunction(d, "hash", b_hash);
  defFunction(d, "callable", b_callable);
  defFunction(d, "abs", b_abs);
  defFunction(d, "globals", b_globals);
  defFunction(d, "format", b_format);
  defFunction(d, "__build_class__", b_build_class);
  defFunction(d, "__import__", b_import);
  const types: Array<PyType> = [
    T.object, T.type, T.int, T.bool, T.float, T.complex, T.str, T.bytes, T.bytearray, T.tuple, T.list, T.dict,
    T.set, T.frozenset, T.range, T.slice, T.property, T.classmethod, T.staticmethod, T.super_,
    IT.enumerate, IT.zip, IT.map, IT.filter, IT.reversed,
  ];
  for (let i = 0; i < types.length; i++) d.setStr(intern(types[i].name), fromObj(types[i]));
  for (let i = 0; i < E.all.length; i++) d.setStr(intern(E.all[i].name), fromObj(E.all[i]));
  d.setStr(intern("EnvironmentError"), fromObj(E.OSError));
  d.setStr(intern("IOError"), fromObj(E.OSError));
  d.setStr(intern("None"), NONE);
  d.setStr(intern("True"), TRUE);
  d.setStr(intern("False"), FALSE);
  d.setStr(intern("Ellipsis"), ELLIPSIS);
  d.setStr(intern("NotImplemented"), NOTIMPL);
  d.setStr(N.__debug__, TRUE);
  return m;
}
