// Operators on str and bytes: containment, concatenation, repetition and printf-style %.
import { Value, NULL, ERR, NOTIMPL, fromObj, objOf, isPtr } from "../objects/value";
import { BinOp } from "../common/operators";
import { Kind, typeOf } from "../objects/type";
import { PyStr, newStr } from "../objects/str";
import { PyBytes } from "../objects/bytes";
import { E } from "../objects/exceptions";
import { isIntValue } from "../objects/int";
import { raise, typeError, typeName } from "./errors";
import { percentFormat, percentFormatBytes } from "./percent";
import { reserveMemory } from "./gc";
import { N } from "./names";
import { index } from "./abstract";
import { repeatCount } from "./collections";

export function strContains(s: PyStr, item: Value): i32 {
  if (!(isPtr(item) && typeOf(item).kind == Kind.STR)) {
    typeError("'in <string>' requires string as left operand, not " + typeName(item));
    return -1;
  }
  return s.s.includes(changetype<PyStr>(objOf(item)).s) ? 1 : 0;
}

// +, * and % on str, bytes and bytearray operands; NOTIMPL for pairs these types do not
// handle (the other operand's reflected method may; number.ts words the final TypeError).
export function strBinary(a0: Value, b0: Value, kind: i32): Value {
  let a = a0;
  let b = b0;
  const ka = isPtr(a) ? typeOf(a).kind : Kind.OBJECT;
  const kb = isPtr(b) ? typeOf(b).kind : Kind.OBJECT;
  // repetition by an object with __index__ (CPython's sq_repeat through nb_index)
  if (kind == BinOp.MULTIPLY) {
    const textA = ka == Kind.STR || ka == Kind.BYTES || ka == Kind.BYTEARRAY;
    const textB = kb == Kind.STR || kb == Kind.BYTES || kb == Kind.BYTEARRAY;
    if (textA && !isIntValue(b) && typeOf(b).lookup(N.__index__) != NULL) {
      b = index(b);
      if (b == ERR) return ERR;
    } else if (textB && !isIntValue(a) && typeOf(a).lookup(N.__index__) != NULL) {
      a = index(a);
      if (a == ERR) return ERR;
    }
  }
  if (ka == Kind.STR) {
    const sa = changetype<PyStr>(objOf(a));
    if (kind == BinOp.ADD) {
      if (kb != Kind.STR) return NOTIMPL;
      const sb = changetype<PyStr>(objOf(b)).s;
      const n = sa.s.length + sb.length;
      if (n > 0x8000 && !reserveMemory(<f64>n * 2)) return ERR;
      return fromObj(newStr(sa.s + sb));
    }
    if (kind == BinOp.MULTIPLY && isIntValue(b)) return repeatStr(sa, b);
    if (kind == BinOp.REMAINDER) return percentFormat(sa, b);
  } else if (kb == Kind.STR && kind == BinOp.MULTIPLY && isIntValue(a)) {
    return repeatStr(changetype<PyStr>(objOf(b)), a);
  }
  const aB = ka == Kind.BYTES || ka == Kind.BYTEARRAY;
  const bB = kb == Kind.BYTES || kb == Kind.BYTEARRAY;
  if (aB) {
    const ba = changetype<PyBytes>(objOf(a));
    if (kind == BinOp.ADD) {
      if (!bB) return NOTIMPL;
      const bb = changetype<PyBytes>(objOf(b));
      if (ba.length + bb.length > 0x10000 && !reserveMemory(<f64>(ba.length + bb.length))) return ERR;
      const out = new StaticArray<u8>(ba.length + bb.length);
      memory.copy(changetype<usize>(out), ba.ptr, <usize>ba.length);
      memory.copy(changetype<usize>(out) + <usize>ba.length, bb.ptr, <usize>bb.length);
      return fromObj(new PyBytes(out, ba.length + bb.length, ka == Kind.BYTEARRAY));
    }
    if (kind == BinOp.MULTIPLY && isIntValue(b)) return repeatBytes(ba, b, ka == Kind.BYTEARRAY);
    if (kind == BinOp.REMAINDER) return percentFormatBytes(ba, b);
  } else if (bB && kind == BinOp.MULTIPLY && isIntValue(a)) {
    return repeatBytes(changetype<PyBytes>(objOf(b)), a, kb == Kind.BYTEARRAY);
  }
  return NOTIMPL;
}

function repeatStr(s: PyStr, n: Value): Value {
  const c = repeatCount(n);
  if (c < 0) return ERR;
  if (<f64>c * <f64>s.s.length > 2e8 || !reserveMemory(<f64>c * <f64>s.s.length * 2)) return raise(E.MemoryError, "");
  return fromObj(newStr(s.s.repeat(<i32>c)));
}

function repeatBytes(b: PyBytes, n: Value, mutable: bool): Value {
  const c = repeatCount(n);
  if (c < 0) return ERR;
  if (<f64>c * <f64>b.length > 4e8 || !reserveMemory(<f64>c * <f64>b.length)) return raise(E.MemoryError, "");
  const total = <i32>c * b.length;
  const out = new StaticArray<u8>(total);
  for (let k = 0; k < <i32>c; k++) memory.copy(changetype<usize>(out) + <usize>(k * b.length), b.ptr, <usize>b.length);
  return fromObj(new PyBytes(out, total, mutable));
}
