// Binary and unary operators (the number protocol plus sequence concatenation/repetition).
//
// binaryOp follows CPython's binary_op1: for user classes the reflected method of a proper
// subclass goes first, NotImplemented passes the turn, and when both sides decline the
// TypeError names the operator. Builtin operand pairs go straight to builtinBinary, which
// returns NOTIMPL for pairs it does not handle.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, NOTIMPL, isSmallInt, smallOf, fromSmall, isFloat, floatOf,
  fromFloat, fromObj, objOf, isPtr,
} from "../objects/value";
import { BinOp } from "../common/operators";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyBuiltin } from "../objects/function";
import { PyComplex, newComplex } from "../objects/complex";
import { E } from "../objects/exceptions";
import {
  isIntValue, intAdd, intSub, intMul, intFloorDiv, intMod, intNeg, intInvert, intAnd, intOr, intXor,
  intLshift, intRshift, intPow, intToF64, intSign, isIntZero, intFitsI64, intToI64, toBig, fromBig,
  asIntValue,
} from "../objects/int";
import { BigNum } from "../objects/bigint";
import { N, BINOP_NAMES, RBINOP_NAMES, IBINOP_NAMES } from "./names";
import { raise, typeError, typeName } from "./errors";
import { call1, call2 } from "../vm/call";
import { sequenceBinary, sequenceInplace } from "./collections";
import { strBinary } from "./strops";
import { reserveMemory } from "./gc";
import { isUnionOperand, makeUnion } from "./union";

function symbolOf(kind: i32): string {
  switch (kind) {
    case BinOp.ADD: return "+";
    case BinOp.AND: return "&";
    case BinOp.FLOOR_DIVIDE: return "//";
    case BinOp.LSHIFT: return "<<";
    case BinOp.MATRIX_MULTIPLY: return "@";
    case BinOp.MULTIPLY: return "*";
    case BinOp.REMAINDER: return "%";
    case BinOp.OR: return "|";
    case BinOp.POWER: return "**";
    case BinOp.RSHIFT: return ">>";
    case BinOp.SUBTRACT: return "-";
    case BinOp.TRUE_DIVIDE: return "/";
    default: return "^";
  }
}

// Kinds with CPython's sq_concat and sq_repeat.
export function isSequenceKind(k: Kind): bool {
  return k == Kind.STR || k == Kind.LIST || k == Kind.TUPLE || k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// The TypeError of `seq + b` when the sequence type cannot join b (its sq_concat's own words).
export function concatError(seq: Value, b: Value): Value {
  const k = typeOf(seq).kind;
  if (k == Kind.BYTES || k == Kind.BYTEARRAY) return typeError("can't concat " + typeName(b) + " to " + typeName(seq));
  const name = k == Kind.STR ? "str" : k == Kind.LIST ? "list" : "tuple";
  return typeError("can only concatenate " + name + ' (not "' + typeName(b) + '") to ' + name);
}

// The TypeError when both operands declined. CPython tries a sequence's sq_concat (left
// operand of +) or sq_repeat (either operand of *) last, and those raise their own message.
function unsupported(a: Value, b: Value, op: i32): Value {
  const inplace = op >= BinOp.INPLACE;
  const kind = inplace ? op - BinOp.INPLACE : op;
  if (kind == BinOp.ADD && isSequenceKind(typeOf(a).kind)) return concatError(a, b);
  if (kind == BinOp.MULTIPLY) {
    if (isSequenceKind(typeOf(a).kind)) return typeError("can't multiply sequence by non-int of type '" + typeName(b) + "'");
    if (isSequenceKind(typeOf(b).kind)) return typeError("can't multiply sequence by non-int of type '" + typeName(a) + "'");
  }
  const sym = symbolOf(kind) + (inplace ? "=" : "");
  if (kind == BinOp.POWER && !inplace) {
    return typeError("unsupported operand type(s) for ** or pow(): '" + typeName(a) + "' and '" + typeName(b) + "'");
  }
  return typeError("unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
}

export function binaryOp(a: Value, b: Value, op: i32): Value {
  const inplace = op >= BinOp.INPLACE;
  const kind = inplace ? op - BinOp.INPLACE : op;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (!((ta.flags | tb.flags) & TypeFlag.HEAP)) {
    if (inplace) {
      const r = sequenceInplace(a, b, kind);
      if (r != NOTIMPL) return r;
    }
    const r = builtinBinary(a, b, kind);
    if (r != NOTIMPL) return r;
    return unsupported(a, b, op);
  }
  if (inplace) {
    const mi = ta.userMethod(IBINOP_NAMES[kind]);
    if (mi != NULL) {
      const r = callFound1(mi, a, b);
      if (r != NOTIMPL) return r;
    } else if (!(ta.flags & TypeFlag.HEAP) || ta.lookup(IBINOP_NAMES[kind]) != NULL) {
      if (!(ta.flags & TypeFlag.HEAP) && (ta.kind == Kind.LIST || ta.kind == Kind.BYTEARRAY) && (kind == BinOp.ADD || kind == BinOp.MULTIPLY)) {
        return inplaceSequenceLast(a, b, op, kind);
      }
      const r = sequenceInplace(a, b, kind);
      if (r != NOTIMPL) return r;
    }
  }
  const r = binaryDispatch(a, b, BINOP_NAMES[kind], RBINOP_NAMES[kind], builtinBinary, kind);
  if (r != NOTIMPL) return r;
  return unsupported(a, b, op);
}

// += and *= of an exact list or bytearray are CPython's sq_inplace_concat and
// sq_inplace_repeat, which run only after both operands' number slots declined: the right
// operand's __radd__ comes first. (A subclass finds list.__iadd__ in its MRO, which CPython
// turns into an nb_inplace slot tried before anything else.) No builtin number slot takes
// these sequences.
function inplaceSequenceLast(a: Value, b: Value, op: i32, kind: i32): Value {
  const r = binaryDispatch(a, b, BINOP_NAMES[kind], RBINOP_NAMES[kind], noBuiltinSlot, kind);
  if (r != NOTIMPL) return r;
  const s = sequenceInplace(a, b, kind);
  if (s != NOTIMPL) return s;
  return unsupported(a, b, op);
}

function noBuiltinSlot(a: Value, b: Value, kind: i32): Value {
  return NOTIMPL;
}

// CPython's binary_op1 when an operand's class is written in Python: the reflected method of
// b first when b's class is a proper subclass of a's, then a's method (or the builtin
// behaviour when a's class defines none), then b's reflected method. NOTIMPL when all decline.
export function binaryDispatch(
  a: Value, b: Value, name: PyStr, rname: PyStr, builtin: (a: Value, b: Value, kind: i32) => Value, kind: i32,
): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const ma = ta.userMethod(name);
  const mb = ta !== tb ? tb.userMethod(rname) : NULL;
  let triedB = false;
  if (mb != NULL && tb.isSubtype(ta)) {
    const r = callFound1(mb, b, a);
    if (r != NOTIMPL) return r;
    triedB = true;
  }
  if (ma != NULL) {
    const r = callFound1(ma, a, b);
    if (r != NOTIMPL) return r;
  } else {
    const r = builtin(a, b, kind);
    if (r != NOTIMPL) return r;
  }
  if (mb != NULL && !triedB) return callFound1(mb, b, a);
  return NOTIMPL;
}

// The operator on builtin operands (numbers, sequences, sets, dicts); NOTIMPL when the pair
// is not one the builtins handle.
export function builtinBinary(a: Value, b: Value, kind: i32): Value {
  const aInt = isIntValue(a);
  const bInt = isIntValue(b);
  if (aInt && bInt) return intBinary(a, b, kind);
  const aNum = aInt || isFloat(a);
  const bNum = bInt || isFloat(b);
  if (aNum && bNum) return floatBinary(toF(a), toF(b), kind, a, b);
  if ((aNum || isComplex(a)) && (bNum || isComplex(b))) return complexBinary(a, b, kind);
  const r = strBinary(a, b, kind);
  if (r != NOTIMPL) return r;
  if (kind == BinOp.OR && isUnionOperand(a) && isUnionOperand(b)) return makeUnion(a, b);
  return sequenceBinary(a, b, kind);
}

function isComplex(v: Value): bool {
  return isPtr(v) && objOf(v) instanceof PyComplex;
}

// Float value of an int or float (int conversion can overflow: checked by callers via isFinite).
function toF(v: Value): f64 {
  return isFloat(v) ? floatOf(v) : intToF64(v);
}

function intBinary(a: Value, b: Value, kind: i32): Value {
  switch (kind) {
    case BinOp.ADD:
      return intAdd(a, b);
    case BinOp.SUBTRACT:
      return intSub(a, b);
    case BinOp.MULTIPLY: {
      if (!isSmallInt(a) || !isSmallInt(b)) {
        const bits = <f64>toBig(a).bitLength() + <f64>toBig(b).bitLength();
        if (bits > 1e6 && !reserveMemory(bits / 4)) return ERR;
      }
      return intMul(a, b);
    }
    case BinOp.FLOOR_DIVIDE:
      if (isIntZero(b)) return raise(E.ZeroDivisionError, "integer division or modulo by zero");
      return intFloorDiv(a, b);
    case BinOp.REMAINDER:
      if (isIntZero(b)) return raise(E.ZeroDivisionError, "integer modulo by zero");
      return intMod(a, b);
    case BinOp.TRUE_DIVIDE: {
      if (isIntZero(b)) return raise(E.ZeroDivisionError, "division by zero");
      if (isSmallInt(a) && isSmallInt(b)) {
        const x = smallOf(a);
        const y = smallOf(b);
        if (x > -0x20000000000000 && x < 0x20000000000000 && y > -0x20000000000000 && y < 0x20000000000000) {
          return fromFloat(<f64>x / <f64>y);
        }
      }
      const q = BigNum.trueDiv(toBig(a), toBig(b));
      if (!isFinite(q)) return raise(E.OverflowError, "integer division result too large for a float");
      return fromFloat(q);
    }
    case BinOp.POWER: {
      if (intSign(b) < 0) {
        const x = intToF64(a);
        const y = intToF64(b);
        if (x == 0) return raise(E.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return floatPow(x, y);
      }
      if (!intFitsI64(b)) {
        // only 0, 1 and -1 survive an astronomically large exponent
        if (isIntZero(a)) return fromSmall(0);
        if (isSmallInt(a) && (smallOf(a) == 1 || smallOf(a) == -1)) return intPow(a, isOdd(b) ? 1 : 2);
        return raise(E.MemoryError, "");
      }
      const e = intToI64(b);
      const bits = <f64>toBig(a).bitLength() * <f64>e;
      if (bits > 1e6 && !reserveMemory(bits / 8 * 2)) return ERR;
      return intPow(asIntValue(a), <u64>e);
    }
    case BinOp.LSHIFT: {
      if (intSign(b) < 0) return raise(E.ValueError, "negative shift count");
      if (!intFitsI64(b)) {
        if (isIntZero(a)) return fromSmall(0);
        return raise(E.OverflowError, "too many digits in integer");
      }
      const sh = intToI64(b);
      if (sh > 8_000_000 && !reserveMemory(<f64>sh / 8 * 2)) return ERR;
      return intLshift(a, <u64>sh);
    }
    case BinOp.RSHIFT: {
      if (intSign(b) < 0) return raise(E.ValueError, "negative shift count");
      if (!intFitsI64(b)) return fromSmall(intSign(a) < 0 ? -1 : 0);
      return intRshift(a, <u64>intToI64(b));
    }
    case BinOp.AND:
      if (a == TRUE || a == FALSE) {
        if (b == TRUE || b == FALSE) return a == TRUE && b == TRUE ? TRUE : FALSE;
      }
      return intAnd(a, b);
    case BinOp.OR:
      if ((a == TRUE || a == FALSE) && (b == TRUE || b == FALSE)) return a == TRUE || b == TRUE ? TRUE : FALSE;
      return intOr(a, b);
    case BinOp.XOR:
      if ((a == TRUE || a == FALSE) && (b == TRUE || b == FALSE)) return a != b ? TRUE : FALSE;
      return intXor(a, b);
  }
  return NOTIMPL;
}

function isOdd(v: Value): bool {
  return !BigNum.and(toBig(v), BigNum.fromI64(1)).isZero();
}

// Python's float % : result has the sign of the divisor.
export function floatMod(x: f64, y: f64): f64 {
  let mod = x % y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0.0 : 0.0;
  }
  return mod;
}

export function floatFloorDiv(x: f64, y: f64): f64 {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod != 0 && (y < 0) != (mod < 0)) div -= 1;
  if (div != 0) {
    let fl = Math.floor(div);
    if (div - fl > 0.5) fl += 1;
    return fl;
  }
  return y < 0 ? -0.0 : 0.0 * (x / y < 0 ? -1 : 1);
}

function floatBinary(x: f64, y: f64, kind: i32, a: Value, b: Value): Value {
  if ((!isFloat(a) && !isFinite(x)) || (!isFloat(b) && !isFinite(y))) {
    return raise(E.OverflowError, "int too large to convert to float");
  }
  switch (kind) {
    case BinOp.ADD:
      return fromFloat(x + y);
    case BinOp.SUBTRACT:
      return fromFloat(x - y);
    case BinOp.MULTIPLY:
      return fromFloat(x * y);
    case BinOp.TRUE_DIVIDE:
      if (y == 0) return raise(E.ZeroDivisionError, "float division by zero");
      return fromFloat(x / y);
    case BinOp.FLOOR_DIVIDE:
      if (y == 0) return raise(E.ZeroDivisionError, "float floor division by zero");
      return fromFloat(floatFloorDiv(x, y));
    case BinOp.REMAINDER:
      if (y == 0) return raise(E.ZeroDivisionError, "float modulo");
      return fromFloat(floatMod(x, y));
    case BinOp.POWER:
      return floatPow(x, y);
  }
  return NOTIMPL;
}

// float ** float with CPython's special cases (float_pow).
export function floatPow(x: f64, y: f64): Value {
  if (y == 0) return fromFloat(1.0);
  if (isNaN(x)) return fromFloat(y == 0 ? 1.0 : x);
  if (isNaN(y)) return fromFloat(x == 1.0 ? 1.0 : y);
  if (x == 0) {
    if (y < 0 && isFinite(y)) return raise(E.ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  if (x < 0 && isFinite(x) && isFinite(y) && Math.floor(y) != y) {
    // a negative base with a fractional exponent gives a complex result
    return complexPow(x, 0, y, 0);
  }
  const r = Math.pow(x, y);
  if (!isFinite(r) && isFinite(x) && isFinite(y)) {
    if (x != 0) return raise(E.OverflowError, "(34, 'Numerical result out of range')");
  }
  return fromFloat(r);
}

function complexParts(v: Value, out: StaticArray<f64>): void {
  if (isPtr(v) && objOf(v) instanceof PyComplex) {
    const c = changetype<PyComplex>(objOf(v));
    unchecked((out[0] = c.re));
    unchecked((out[1] = c.im));
  } else {
    unchecked((out[0] = toF(v)));
    unchecked((out[1] = 0));
  }
}

function complexBinary(a: Value, b: Value, kind: i32): Value {
  const pa = new StaticArray<f64>(2);
  const pb = new StaticArray<f64>(2);
  complexParts(a, pa);
  complexParts(b, pb);
  const ar = pa[0], ai = pa[1], br = pb[0], bi = pb[1];
  switch (kind) {
    case BinOp.ADD:
      return newComplex(ar + br, ai + bi);
    case BinOp.SUBTRACT:
      return newComplex(ar - br, ai - bi);
    case BinOp.MULTIPLY:
      return newComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinOp.TRUE_DIVIDE:
      return complexDiv(ar, ai, br, bi);
    case BinOp.POWER:
      return complexPow(ar, ai, br, bi);
    case BinOp.FLOOR_DIVIDE:
    case BinOp.REMAINDER:
      return typeError("unsupported operand type(s) for " + symbolOf(kind) + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
  }
  return NOTIMPL;
}

// Smith's algorithm, as CPython's _Py_c_quot.
function complexDiv(ar: f64, ai: f64, br: f64, bi: f64): Value {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr == 0) return raise(E.ZeroDivisionError, "complex division by zero");
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return newComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return newComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return newComplex(NaN, NaN);
}

function complexPow(ar: f64, ai: f64, br: f64, bi: f64): Value {
  if (br == 0 && bi == 0) return newComplex(1, 0);
  if (ar == 0 && ai == 0) {
    if (bi != 0 || br < 0) return raise(E.ZeroDivisionError, "0.0 to a negative or complex power");
    return newComplex(0, 0);
  }
  // integer exponents by repeated multiplication, as CPython does for |n| <= 100
  if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
    let n = <i32>br;
    let rr: f64 = 1, ri: f64 = 0;
    let xr = ar, xi = ai;
    let m = n < 0 ? -n : n;
    while (m > 0) {
      if (m & 1) {
        const t = rr * xr - ri * xi;
        ri = rr * xi + ri * xr;
        rr = t;
      }
      const t2 = xr * xr - xi * xi;
      xi = 2 * xr * xi;
      xr = t2;
      m >>= 1;
    }
    if (n < 0) return complexDiv(1, 0, rr, ri);
    return newComplex(rr, ri);
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi != 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return newComplex(len * Math.cos(phase), len * Math.sin(phase));
}

// ---- unary ----

export function unaryNegative(v: Value): Value {
  if (isIntValue(v)) return intNeg(asIntValue(v));
  if (isFloat(v)) return fromFloat(-floatOf(v));
  if (isComplex(v) && !(typeOf(v).flags & TypeFlag.HEAP)) {
    const c = changetype<PyComplex>(objOf(v));
    return newComplex(-c.re, -c.im);
  }
  return unaryDunder(v, N.__neg__, "unary -");
}

export function unaryPositive(v: Value): Value {
  if (isIntValue(v)) return asIntValue(v);
  if (isFloat(v)) return v;
  if (isComplex(v) && !(typeOf(v).flags & TypeFlag.HEAP)) return v;
  return unaryDunder(v, N.__pos__, "unary +");
}

export function unaryInvert(v: Value): Value {
  if (isIntValue(v) && !(typeOf(v).flags & TypeFlag.HEAP)) return intInvert(asIntValue(v));
  return unaryDunder(v, N.__invert__, "unary ~");
}

import { callSpecial0, callFound1 } from "./abstract";

function unaryDunder(v: Value, name: PyStr, what: string): Value {
  const r = callSpecial0(v, name);
  if (r == NULL) {
    if (isIntValue(v)) {
      if (name === N.__neg__) return intNeg(asIntValue(v));
      if (name === N.__pos__) return asIntValue(v);
      return intInvert(asIntValue(v));
    }
    if (isComplex(v)) {
      const c = changetype<PyComplex>(objOf(v));
      if (name === N.__neg__) return newComplex(-c.re, -c.im);
      if (name === N.__pos__) return newComplex(c.re, c.im);
    }
    return typeError("bad operand type for " + what + ": '" + typeName(v) + "'");
  }
  return r;
}
