// repr(), str(), ascii(), f-string pieces and string joining.
// repr/str return a PyStr or null with an exception set. Containers guard against
// self-reference the way CPython's Py_ReprEnter does ("[...]").
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, ELLIPSIS, isSmallInt, isFloat, floatOf, fromObj, objOf, isPtr,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, newStr, strValue, intern } from "../objects/str";
import { PyTuple, PyList } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyBytes } from "../objects/bytes";
import { PyComplex } from "../objects/complex";
import { PyRange, PySlice } from "../objects/range";
import { PyFunction, PyBuiltin, PyMethod, PyModule, PyCell, PyWrapper, PyProperty } from "../objects/function";
import { PyCode } from "../objects/code";
import { PyBaseException, E } from "../objects/exceptions";
import { isIntValue, intToString, intTooLongForStr, MAX_STR_DIGITS } from "../objects/int";
import { reprFloat, floatToString, DTSF_ADD_DOT_0 } from "../objects/floatfmt";
import { N } from "./names";
import { raise, typeError, typeName } from "./errors";
import { callFound0, callSpecial1 } from "./abstract";
import { PyDictView } from "./iter";
import { PyGenerator } from "../vm/generator";
import { formatValue } from "./format";
import { hostWrite } from "../host/imports";
import { isPrintableCp } from "./methods/str";
import { isUnion, unionRepr } from "./union";

// Objects whose repr is in progress (recursion guard).
const reprStack = new Array<usize>();

function enter(o: PyObject): bool {
  const p = changetype<usize>(o);
  for (let i = 0; i < reprStack.length; i++) if (unchecked(reprStack[i]) == p) return false;
  reprStack.push(p);
  return true;
}

function leave(): void {
  reprStack.pop();
}

export function strOf(s: string): Value {
  return strValue(s);
}

// Address-like id text for default reprs ("0x…"); stable for the object's lifetime.
export function addressOf(v: Value): string {
  return "0x" + (<u64>(v & 0xffff_ffff)).toString(16).padStart(12, "0");
}

export function repr(v: Value): PyStr | null {
  const s = reprString(v);
  if (s === null) return null;
  return newStr(s!);
}

function userRepr(v: Value, t: PyType, name: PyStr): string | null {
  const m = t.lookup(name);
  if (m == NULL || (isPtr(m) && objOf(m).cls === T.builtin)) return null;
  const r = callFound0(m, v);
  if (r == ERR) return "\u0000ERR";
  if (!(isPtr(r) && typeOf(r).isSubtype(T.str))) {
    typeError(name.s + " returned non-string (type " + typeName(r) + ")");
    return "\u0000ERR";
  }
  return changetype<PyStr>(objOf(r)).s;
}

// repr as an AS string; null on error.
export function reprString(v: Value): string | null {
  if (isSmallInt(v)) return intToString(v, 10);
  if (isFloat(v)) return reprFloat(floatOf(v));
  if (v == NONE) return "None";
  if (v == TRUE) return "True";
  if (v == FALSE) return "False";
  if (v == ELLIPSIS) return "Ellipsis";
  if (v == NOTIMPL) return "NotImplemented";
  if (!isPtr(v)) return "<?>";
  const t = changetype<PyType>(objOf(v).cls);
  if (t.flags & TypeFlag.HEAP) {
    const u = userRepr(v, t, N.__repr__);
    if (u !== null) return u == "\u0000ERR" ? null : u;
  }
  return reprLayout(v);
}

// The repr a builtin layout gives (what object.__repr__ / dict.__repr__ … return), ignoring
// any __repr__ a subclass defines.
export function reprLayout(v: Value): string | null {
  if (!isPtr(v)) return reprString(v);
  const o = objOf(v);
  const t = changetype<PyType>(o.cls);
  switch (t.kind) {
    case Kind.INT:
      if (intTooLongForStr(v)) return strLimitError();
      return intToString(v, 10);
    case Kind.STR:
      return reprStr(changetype<PyStr>(o).s, false);
    case Kind.LIST: {
      const l = changetype<PyList>(o);
      if (l.length == 0) return "[]";
      if (!enter(o)) return "[...]";
      const r = joinReprs(l.items, "[", "]");
      leave();
      return r;
    }
    case Kind.TUPLE: {
      const tup = changetype<PyTuple>(o);
      if (tup.length == 0) return "()";
      if (!enter(o)) return "(...)";
      const r = joinReprs(tup.items, "(", tup.length == 1 ? ",)" : ")");
      leave();
      return r;
    }
    case Kind.DICT: {
      const d = changetype<PyDict>(o);
      if (d.used == 0) return "{}";
      if (!enter(o)) return "{...}";
      const parts = new Array<string>();
      for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
        const k = reprString(d.keyAt(i));
        if (k === null) {
          leave();
          return null;
        }
        const val = reprString(d.valueAt(i));
        if (val === null) {
          leave();
          return null;
        }
        parts.push(k! + ": " + val!);
      }
      leave();
      return "{" + parts.join(", ") + "}";
    }
    case Kind.SET:
    case Kind.FROZENSET: {
      const st = changetype<PySet>(o);
      const frozen = t.kind == Kind.FROZENSET;
      const name = t === T.set || t === T.frozenset ? t.name : t.name;
      if (st.used == 0) return name + "()";
      if (!enter(o)) return name + "(...)";
      const parts = new Array<string>();
      for (let i = st.nextSlot(0); i >= 0; i = st.nextSlot(i + 1)) {
        const k = reprString(st.keyAt(i));
        if (k === null) {
          leave();
          return null;
        }
        parts.push(k!);
      }
      leave();
      const body = parts.join(", ");
      return frozen || t !== T.set ? name + "({" + body + "})" : "{" + body + "}";
    }
    case Kind.FLOAT:
      return reprFloat(floatOf(v));
    case Kind.COMPLEX:
      return reprComplex(changetype<PyComplex>(o));
    case Kind.BYTES:
    case Kind.BYTEARRAY: {
      const b = changetype<PyBytes>(o);
      const body = reprBytes(b);
      return t.kind == Kind.BYTEARRAY ? t.name + "(" + body + ")" : body;
    }
    case Kind.RANGE: {
      const r = changetype<PyRange>(o);
      const a = reprString(r.startV)!;
      const b = reprString(r.stopV)!;
      if (r.stepV == 0xfff9_0000_0000_0001) return "range(" + a + ", " + b + ")";
      return "range(" + a + ", " + b + ", " + reprString(r.stepV)! + ")";
    }
    case Kind.SLICE: {
      const sl = changetype<PySlice>(o);
      const a = reprString(sl.start);
      const b = reprString(sl.stop);
      const c = reprString(sl.step);
      if (a === null || b === null || c === null) return null;
      return "slice(" + a! + ", " + b! + ", " + c! + ")";
    }
    case Kind.TYPE: {
      const cls = changetype<PyType>(o);
      const mod = typeModuleName(cls);
      if (mod == "builtins") return "<class '" + cls.qualname + "'>";
      return "<class '" + mod + "." + cls.qualname + "'>";
    }
    case Kind.FUNCTION:
      return "<function " + changetype<PyFunction>(o).qualname.s + " at " + addressOf(v) + ">";
    case Kind.BUILTIN: {
      const b = changetype<PyBuiltin>(o);
      if (b.self != NULL && !(isPtr(b.self) && objOf(b.self).cls === T.module)) {
        return "<built-in method " + b.name.s + " of " + typeName(b.self) + " object at " + addressOf(b.self) + ">";
      }
      if (b.owner !== null && (b.flags & 1)) return "<method '" + b.name.s + "' of '" + b.owner!.name + "' objects>";
      return "<built-in function " + b.name.s + ">";
    }
    case Kind.METHOD: {
      const m = changetype<PyMethod>(o);
      let fname = "?";
      if (isPtr(m.func) && objOf(m.func).cls === T.function) fname = changetype<PyFunction>(objOf(m.func)).qualname.s;
      const selfRepr = reprString(m.self);
      if (selfRepr === null) return null;
      return "<bound method " + fname + " of " + selfRepr! + ">";
    }
    case Kind.MODULE: {
      const m = changetype<PyModule>(o);
      const n = m.mdict.getStr(N.__name__);
      const nm = n != NULL && isPtr(n) ? changetype<PyStr>(objOf(n)).s : "?";
      const file = m.mdict.getStr(N.__file__);
      if (file != NULL && isPtr(file) && objOf(file).cls === T.str) {
        return "<module '" + nm + "' from '" + changetype<PyStr>(objOf(file)).s + "'>";
      }
      return "<module '" + nm + "' (built-in)>";
    }
    case Kind.EXCEPTION:
      return reprException(changetype<PyBaseException>(o), t);
    case Kind.CODE: {
      const c = changetype<PyCode>(o);
      return "<code object " + c.name.s + " at " + addressOf(v) + ', file "' + c.filename.s + '", line ' + c.firstlineno.toString() + ">";
    }
    case Kind.CELL:
      return "<cell at " + addressOf(v) + ">";
    case Kind.GENERATOR:
    case Kind.COROUTINE:
    case Kind.ASYNC_GENERATOR: {
      const g = changetype<PyGenerator>(o);
      return "<" + t.name + " object " + g.qualname.s + " at " + addressOf(v) + ">";
    }
    case Kind.DICT_VIEW: {
      const view = changetype<PyDictView>(o);
      const inner = new PyList();
      for (let i = view.d.nextEntry(0); i >= 0; i = view.d.nextEntry(i + 1)) {
        if (view.vkind == 0) inner.append(view.d.keyAt(i));
        else if (view.vkind == 1) inner.append(view.d.valueAt(i));
        else {
          const tup = new PyTuple(2);
          tup.set(0, view.d.keyAt(i));
          tup.set(1, view.d.valueAt(i));
          inner.append(fromObj(tup));
        }
      }
      const body = reprString(fromObj(inner));
      if (body === null) return null;
      return t.name + "(" + body! + ")";
    }
    case Kind.NONE:
      return "None";
  }
  if (isGenericAlias(v)) return genericAliasRepr(v);
  if (isUnion(v)) return unionRepr(v);
  const mod = typeModuleName(t);
  const prefix = mod == "builtins" ? "" : mod + ".";
  return "<" + prefix + t.qualname + " object at " + addressOf(v) + ">";
}

function strLimitError(): string | null {
  raise(
    E.ValueError,
    "Exceeds the limit (" + MAX_STR_DIGITS.toString() + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
  );
  return null;
}

export function typeModuleName(t: PyType): string {
  const m = t.module;
  if (m != NONE && isPtr(m) && objOf(m).cls === T.str) return changetype<PyStr>(objOf(m)).s;
  if (t.flags & TypeFlag.HEAP) {
    const d = t.tpDict.getStr(N.__module__);
    if (d != NULL && isPtr(d) && objOf(d).cls === T.str) return changetype<PyStr>(objOf(d)).s;
  }
  return "builtins";
}

// "[a, b, c]": parts joined once (repeated += would copy the text quadratically).
function joinReprs(items: ValueArray, open: string, close: string): string | null {
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const r = reprString(items.get(i));
    if (r === null) return null;
    unchecked((parts[i] = r!));
  }
  return open + parts.join(", ") + close;
}

function reprException(e: PyBaseException, t: PyType): string | null {
  const args = changetype<PyTuple>(objOf(e.args));
  if (args.length == 1) {
    const r = reprString(args.get(0));
    if (r === null) return null;
    return t.name + "(" + r! + ")";
  }
  const r = reprString(e.args);
  if (r === null) return null;
  if (args.length == 0) return t.name + "()";
  return t.name + r!;
}

function hexDigit(d: u32): string {
  return String.fromCharCode(<i32>(d < 10 ? 48 + d : 87 + d));
}

function isPrintable(c: u32): bool {
  return isPrintableCp(<i32>c);
}

// Python's str.__repr__ (ascii=true: ascii()).
export function reprStr(s: string, ascii: bool): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 39) hasSingle = true;
    else if (c == 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = String.fromCharCode(quote);
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = <u32>s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = <u32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c == quote || c == 92) {
      out += "\\" + String.fromCharCode(<i32>c);
    } else if (c == 10) out += "\\n";
    else if (c == 13) out += "\\r";
    else if (c == 9) out += "\\t";
    else if (c < 0x20 || c == 0x7f) out += "\\x" + hexDigit(c >> 4) + hexDigit(c & 15);
    else if (c < 0x7f) out += String.fromCharCode(<i32>c);
    else if (!ascii && isPrintable(c)) out += String.fromCodePoint(<i32>c);
    else if (c < 0x100) out += "\\x" + hexDigit(c >> 4) + hexDigit(c & 15);
    else if (c < 0x10000) out += "\\u" + hexDigit(c >> 12) + hexDigit((c >> 8) & 15) + hexDigit((c >> 4) & 15) + hexDigit(c & 15);
    else {
      out += "\\U";
      for (let k = 28; k >= 0; k -= 4) out += hexDigit((c >> <u32>k) & 15);
    }
  }
  return out + String.fromCharCode(quote);
}

export function reprBytes(b: PyBytes): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    const c = b.at(i);
    if (c == 39) hasSingle = true;
    else if (c == 34) hasDouble = true;
  }
  const quote: u32 = hasSingle && !hasDouble ? 34 : 39;
  let out = "b" + String.fromCharCode(<i32>quote);
  for (let i = 0; i < b.length; i++) {
    const c = <u32>b.at(i);
    if (c == quote || c == 92 || (c == 39 && b.cls === T.bytearray)) out += "\\" + String.fromCharCode(<i32>c);
    else if (c == 10) out += "\\n";
    else if (c == 13) out += "\\r";
    else if (c == 9) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hexDigit(c >> 4) + hexDigit(c & 15);
    else out += String.fromCharCode(<i32>c);
  }
  return out + String.fromCharCode(<i32>quote);
}

function reprComplex(c: PyComplex): string {
  // CPython's complex_repr: 'r' format without the trailing ".0"
  if (c.re == 0 && (1 / c.re) > 0) return floatToString(c.im, 114, 0, 0) + "j";
  const re = floatToString(c.re, 114, 0, 0);
  let im = floatToString(c.im, 114, 0, 0x01);
  return "(" + re + im + "j)";
}

// str(v)
export function str(v: Value): PyStr | null {
  if (isPtr(v)) {
    const o = objOf(v);
    const t = changetype<PyType>(o.cls);
    if (t === T.str) return changetype<PyStr>(o);
    if (t.flags & TypeFlag.HEAP) {
      const u = userRepr(v, t, N.__str__);
      if (u !== null) return u == "\u0000ERR" ? null : newStr(u);
      if (t.kind == Kind.STR) return newStr(changetype<PyStr>(o).s);
    }
    if (t.kind == Kind.EXCEPTION) {
      const s = strException(changetype<PyBaseException>(o), t);
      return s === null ? null : newStr(s!);
    }
  }
  return repr(v);
}

export function strString(v: Value): string | null {
  const s = str(v);
  return s === null ? null : s.s;
}

function strException(e: PyBaseException, t: PyType): string | null {
  const args = changetype<PyTuple>(objOf(e.args));
  if (t.isSubtype(E.KeyError) && args.length == 1) return reprString(args.get(0));
  if (t.isSubtype(E.SyntaxError) && e.dict !== null) return strSyntaxError(e, changetype<PyDict>(e.dict));
  if (t.isSubtype(E.OSError) && args.length >= 2 && isSmallInt(args.get(0))) return strOSError(e, args);
  if (args.length == 0) return "";
  if (args.length == 1) return strString(args.get(0));
  return reprString(e.args);
}

// SyntaxError.__str__: "msg (file, line N)" with the file's base name (CPython's my_basename).
function strSyntaxError(e: PyBaseException, d: PyDict): string | null {
  const msgV = d.getStr(N.msg);
  const msg = msgV == NULL || msgV == NONE ? "" : strString(msgV);
  if (msg === null) return null;
  const fileV = d.getStr(N.filename);
  const lineV = d.getStr(N.lineno);
  const hasLine = lineV != NULL && isSmallInt(lineV);
  let file = "";
  if (fileV != NULL && isPtr(fileV) && objOf(fileV).cls === T.str) {
    file = changetype<PyStr>(objOf(fileV)).s;
    const slash = file.lastIndexOf("/");
    if (slash >= 0) file = file.substring(slash + 1);
  }
  if (file.length > 0 && hasLine) return msg! + " (" + file + ", line " + reprString(lineV)! + ")";
  if (file.length > 0) return msg! + " (" + file + ")";
  if (hasLine) return msg! + " (line " + reprString(lineV)! + ")";
  return msg;
}

// OSError.__str__: "[Errno 2] No such file or directory: 'name'".
function strOSError(e: PyBaseException, args: PyTuple): string | null {
  const strerror = strString(args.get(1));
  if (strerror === null) return null;
  let s = "[Errno " + reprString(args.get(0))! + "] " + strerror!;
  const d = e.dict;
  if (d !== null) {
    const fname = changetype<PyDict>(d).getStr(N.filename);
    if (fname != NULL && fname != NONE) {
      const r = reprString(fname);
      if (r === null) return null;
      s += ": " + r!;
    }
  }
  return s;
}

// A message for errors that mention a value ("calling <x> should have…").
export function reprForError(v: Value): string {
  const s = reprString(v);
  return s === null ? "<object>" : s!;
}

// BUILD_STRING: the pieces are str objects.
export function joinStrings(p: usize, n: i32): Value {
  let s = "";
  for (let i = 0; i < n; i++) s += changetype<PyStr>(objOf(load<u64>(p + (<usize>i << 3)))).s;
  return fromObj(newStr(s));
}

// FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format with spec (NULL: none).
export function formatFValue(value: Value, conv: i32, spec: Value): Value {
  let v = value;
  if (conv == 1) {
    const s = str(v);
    if (s === null) return ERR;
    v = fromObj(s);
  } else if (conv == 2) {
    const s = repr(v);
    if (s === null) return ERR;
    v = fromObj(s);
  } else if (conv == 3) {
    const s = reprString(v);
    if (s === null) return ERR;
    v = fromObj(asciiOf(s!));
  }
  if (spec == NULL && isPtr(v) && objOf(v).cls === T.str) return v;
  return formatValue(v, spec == NULL ? fromObj(intern("")) : spec);
}

// ascii(): repr with non-ASCII escaped.
export function asciiOf(r: string): PyStr {
  let out = "";
  const n = r.length;
  for (let i = 0; i < n; i++) {
    let c = <u32>r.charCodeAt(i);
    if (c < 0x80) {
      out += String.fromCharCode(<i32>c);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = <u32>r.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x100) out += "\\x" + hexDigit(c >> 4) + hexDigit(c & 15);
    else if (c < 0x10000) out += "\\u" + hexDigit(c >> 12) + hexDigit((c >> 8) & 15) + hexDigit((c >> 4) & 15) + hexDigit(c & 15);
    else {
      out += "\\U";
      for (let k = 28; k >= 0; k -= 4) out += hexDigit((c >> <u32>k) & 15);
    }
  }
  return newStr(out);
}

// REPL display hook: print repr(v) unless None.
export function displayHook(v: Value): Value {
  if (v == NONE) return NONE;
  const r = reprString(v);
  if (r === null) return ERR;
  const text = String.UTF8.encode(r! + "\n");
  hostWrite(1, changetype<usize>(text), text.byteLength);
  return NONE;
}

import { isGenericAlias, genericAliasRepr } from "./methods/list";
