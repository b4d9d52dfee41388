// Methods of int (and so bool), float and complex, plus the helpers behind the builtins
// divmod(), three-argument pow() and round() (divmodValues, powValues, roundValue).
//
// Methods receive self as args[0] and check it themselves: `int.bit_length("x")` reaches the
// native code with a str, and CPython answers with a "descriptor ... doesn't apply" TypeError.
// Rounding follows CPython exactly: int rounding is exact half-even on the integer, float
// round(x) is round-half-even to an int, round(x, n) goes through floatfmt's roundFloat
// (CPython's double_round on the exact decimal value).
import {
  Value, NULL, NONE, TRUE, ERR, NOTIMPL, isSmallInt, smallOf, fromSmall, isFloat, floatOf, fromFloat, fromObj,
  objOf, isPtr, fromBool,
} from "../../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../../objects/type";
import { PyStr, strValue } from "../../objects/str";
import { PyTuple, newTuple1, newTuple2 } from "../../objects/tuple";
import { PyBytes } from "../../objects/bytes";
import { PyComplex, newComplex } from "../../objects/complex";
import { E } from "../../objects/exceptions";
import {
  isIntValue, asIntValue, intToF64, intSign, intNeg, intInvert, intFloorDiv, intMod, intMul, intAdd,
  intCompare, intBitLength, intFitsI64, intToI64, intFromI64, toBig, fromBig, isIntZero, intFromF64Value,
} from "../../objects/int";
import { BigNum } from "../../objects/bigint";
import { defMethod, defClassMethod } from "../../objects/typeinit";
import {
  roundFloat, floatHex, floatFromHex, floatErrorCode, floatToString, FLOAT_OK, FLOAT_OVERFLOW, DTSF_ALT,
  DTSF_NO_NEG_0,
} from "../../objects/floatfmt";
import { FormatSpec, parseFormatSpec, formatErrorMessage, formatErrorIsMemory } from "../../objects/formatspec";
import { BinOp } from "../../common/operators";
import { N } from "../names";
import { raise, typeError, typeName, valueError, clearError, errorMatches } from "../errors";
import { Args, parseArgs, noKeywords } from "../args";
import {
  index, binaryOp, callSpecial0, callSpecial1, callSpecial2, callFound1, getIter, iterNext, isTrue,
} from "../abstract";
import { intern } from "../../objects/str";
import { call1 } from "../../vm/call";
import { binaryDispatch } from "../number";
import { formatValue } from "../format";
import { CmpOp } from "../../common/operators";
import {
  slotArgs, slotArgsUnpacked, slotBinary, slotBinaryValues, slotCompare, slotHash, slotBool, isOperandOf,
} from "./slots";
import { methNoArgs } from "./list";

// @ts-ignore: decorator
@inline function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

function notApplicable(method: string, owner: string, self: Value): Value {
  return typeError("descriptor '" + method + "' for '" + owner + "' objects doesn't apply to a '" + typeName(self) + "' object");
}

// Checks shared by methods without arguments: self's type, no keywords, no extra positionals.
function noArgMethod(owner: string, method: string, args: usize, nargs: i32, kwnames: PyTuple | null, selfOk: bool): bool {
  if (nargs < 1) {
    typeError("unbound method " + owner + "." + method + "() needs an argument");
    return false;
  }
  if (!selfOk) {
    notApplicable(method, owner, arg(args, 0));
    return false;
  }
  if (kwnames !== null && kwnames.length > 0) {
    typeError(owner + "." + method + "() takes no keyword arguments");
    return false;
  }
  if (nargs != 1) {
    typeError(owner + "." + method + "() takes no arguments (" + (nargs - 1).toString() + " given)");
    return false;
  }
  return true;
}

function isComplexValue(v: Value): bool {
  return isPtr(v) && objOf(v) instanceof PyComplex;
}

// ---- float conversion for numeric arguments (PyFloat_AsDouble) ----

// Set by toDouble when it raised; the f64 result is then meaningless.
let conversionFailed = false;

export function conversionError(): bool {
  return conversionFailed;
}

// float(v) for a number argument: floats, ints (OverflowError when too large), objects with
// __float__ or __index__. TypeError "must be real number, not T" otherwise.
export function toDouble(v: Value): f64 {
  conversionFailed = false;
  if (isFloat(v)) return floatOf(v);
  if (isIntValue(v)) {
    const x = intToF64(v);
    if (!isFinite(x)) {
      conversionFailed = true;
      raise(E.OverflowError, "int too large to convert to float");
    }
    return x;
  }
  const r = callSpecial0(v, N.__float__);
  if (r == ERR) {
    conversionFailed = true;
    return 0;
  }
  if (r != NULL) {
    if (!isFloat(r)) {
      conversionFailed = true;
      typeError(typeName(v) + ".__float__ returned non-float (type " + typeName(r) + ")");
      return 0;
    }
    return floatOf(r);
  }
  const i = callSpecial0(v, N.__index__);
  if (i == ERR) {
    conversionFailed = true;
    return 0;
  }
  if (i != NULL && isIntValue(i)) return toDouble(i);
  conversionFailed = true;
  typeError("must be real number, not " + typeName(v));
  return 0;
}

// int(x) of a float already known to be finite; NaN/inf raise CPython's conversion errors.
export function intFromFloat(x: f64): Value {
  if (isNaN(x)) return raise(E.ValueError, "cannot convert float NaN to integer");
  if (!isFinite(x)) return raise(E.OverflowError, "cannot convert float infinity to integer");
  return intFromF64Value(x);
}

// round(x) for a float: nearest integer, ties to even (float.__round__ without ndigits).
export function roundFloatToInt(x: f64): Value {
  return intFromFloat(nearest<f64>(x));
}

// ---- exact float arithmetic (shared with the math module) ----
//
// Error-free transformations from Ogita, Rump and Oishi, "Accurate Sum and Dot Product" (2005),
// as CPython's mathmodule.c uses them. Each returns the rounded result and leaves the exact
// error in `lowPart` (read it with lastLow() before the next call). Wasm has no fused
// multiply-add, so the product error comes from Dekker's splitting, which is exact as long as
// no partial product overflows (operands are pre-scaled) or underflows.

let lowPart: f64 = 0;

// @ts-ignore: decorator
@inline export function lastLow(): f64 {
  return lowPart;
}

// a + b for |a| >= |b| (Fast2Sum).
export function fastTwoSum(a: f64, b: f64): f64 {
  const x = a + b;
  lowPart = (a - x) + b;
  return x;
}

// a + b for any a, b (2Sum).
export function twoSum(a: f64, b: f64): f64 {
  const x = a + b;
  const z = x - a;
  lowPart = (a - (x - z)) + (b - z);
  return x;
}

// Veltkamp's constant 2**27 + 1 splits a double into two 26-bit halves.
const SPLITTER: f64 = 134217729.0;
const SPLIT_LIMIT: f64 = 6.69692879491417e+299; // 2**996: beyond it x * SPLITTER overflows

// x * y, with the exact error x*y - round(x*y) in lowPart (what fma(x, y, -z) gives).
export function twoProduct(x: f64, y: f64): f64 {
  const z = x * y;
  let scale: f64 = 1.0;
  if (Math.abs(x) >= SPLIT_LIMIT) {
    x *= 5.421010862427522e-20; // 2**-64
    scale = 18446744073709551616.0;
  }
  if (Math.abs(y) >= SPLIT_LIMIT) {
    y *= 5.421010862427522e-20;
    scale *= 18446744073709551616.0;
  }
  const p = x * y;
  let t = x * SPLITTER;
  const xh = t - (t - x);
  const xl = x - xh;
  t = y * SPLITTER;
  const yh = t - (t - y);
  const yl = y - yh;
  lowPart = (((xh * yh - p) + xh * yl) + xl * yh + xl * yl) * scale;
  return z;
}

// x + y rounded to odd: the truncation of the exact sum with its last bit forced to 1 when
// inexact. Rounding the final sum of an FMA emulation to nearest is then correct
// (Boldo and Melquiond, "Emulation of FMA and correctly rounded sums", 2008).
function addRoundOdd(x: f64, y: f64): f64 {
  const s = twoSum(x, y);
  const e = lowPart;
  if (e == 0) return s;
  const bits = reinterpret<u64>(s);
  if ((bits & 1) != 0) return s;
  return reinterpret<f64>((e > 0) == (s > 0) ? bits + 1 : bits - 1);
}

// fma(a, b, c): a*b + c with one rounding, as the x86 FMA instructions glibc's libm is
// compiled with. Exact while a*b neither overflows nor underflows.
export function fma(a: f64, b: f64, c: f64): f64 {
  const ph = twoProduct(a, b);
  const pl = lowPart;
  if (!isFinite(ph) || ph == 0) return a * b + c;
  const th = twoSum(c, ph);
  const tl = lowPart;
  return th + addRoundOdd(tl, pl);
}

// The exponent e of frexp(x) (x = m * 2**e, 0.5 <= |m| < 1) for finite non-zero x.
export function frexpExponent(x: f64): i32 {
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7ff);
  if (biased != 0) return biased - 1022;
  const fraction = bits & 0xf_ffff_ffff_ffff;
  return -1021 - (<i32>clz<u64>(fraction) - 12);
}

// Euclidean norm of vec[0..n) (all finite, non-negative, max their maximum) as CPython 3.12's
// vector_norm: power-of-two scaling, exact squares, compensated sums and one differential
// correction of the square root. Used by math.hypot, math.dist and abs(complex).
export function vectorNorm(vec: StaticArray<f64>, n: i32, max: f64, foundNan: bool): f64 {
  if (max == Infinity) return max;
  if (foundNan) return NaN;
  if (max == 0 || n <= 1) return max;
  const maxE = frexpExponent(max);
  if (maxE < -1023) {
    // ldexp(1.0, -maxE) would overflow: lift subnormals into the normal range first.
    const dblMin: f64 = 2.2250738585072014e-308;
    for (let i = 0; i < n; i++) unchecked(vec[i] = unchecked(vec[i]) / dblMin);
    return dblMin * vectorNorm(vec, n, max / dblMin, foundNan);
  }
  const scale = NativeMath.scalbn(1.0, -maxE);
  let csum: f64 = 1.0;
  let frac1: f64 = 0.0;
  let frac2: f64 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = unchecked(vec[i]) * scale;
    const sq = twoProduct(x, x);
    const sqLo = lastLow();
    csum = fastTwoSum(csum, sq);
    frac1 += sqLo;
    frac2 += lastLow();
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const sq = twoProduct(-h, h);
  const sqLo = lastLow();
  csum = fastTwoSum(csum, sq);
  frac1 += sqLo;
  frac2 += lastLow();
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

export function hypot2(a: f64, b: f64): f64 {
  const vec = new StaticArray<f64>(2);
  const x = Math.abs(a);
  const y = Math.abs(b);
  unchecked(vec[0] = x);
  unchecked(vec[1] = y);
  return vectorNorm(vec, 2, x > y ? x : y, isNaN(x) || isNaN(y));
}

// ---- int rounding ----

// round(v, ndigits) for an int v and an int ndigits: exact, ties to even (long_round).
export function intRound(v: Value, ndigits: Value): Value {
  const x = asIntValue(v);
  if (intSign(ndigits) >= 0) return x;
  // 10**k > 2*|x| makes every result 0; decimal digits of x bound that k.
  if (!intFitsI64(ndigits)) return fromSmall(0);
  const k = -intToI64(ndigits);
  const digitsBound = <i64>(<f64>intBitLength(x) * 0.30103) + 2;
  if (k > digitsBound) return fromSmall(0);
  const pow10 = fromBig(BigNum.pow(BigNum.fromI64(10), <u64>k));
  let q = intFloorDiv(x, pow10);
  const r = intMod(x, pow10);
  const twice = intAdd(r, r);
  const c = intCompare(twice, pow10);
  if (c > 0 || (c == 0 && !isIntZero(intMod(q, fromSmall(2))))) q = intAdd(q, fromSmall(1));
  return intMul(q, pow10);
}

// ---- divmod ----

// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
function floatDivmod(vx: f64, wx: f64): Value {
  if (wx == 0) return raise(E.ZeroDivisionError, "float divmod()");
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: f64;
  if (div != 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || (1.0 / (vx / wx)) < 0 ? -0.0 : 0.0;
  }
  return newTuple2(fromFloat(floordiv), fromFloat(mod));
}

// divmod() on builtin numbers; NOTIMPL when the pair is not int/float.
function builtinDivmod(a: Value, b: Value): Value {
  const aInt = isIntValue(a);
  const bInt = isIntValue(b);
  if (aInt && bInt) {
    if (isIntZero(b)) return raise(E.ZeroDivisionError, "integer division or modulo by zero");
    return newTuple2(intFloorDiv(asIntValue(a), asIntValue(b)), intMod(asIntValue(a), asIntValue(b)));
  }
  if ((aInt || isFloat(a)) && (bInt || isFloat(b))) {
    const x = isFloat(a) ? floatOf(a) : intToF64(a);
    const y = isFloat(b) ? floatOf(b) : intToF64(b);
    if (!isFinite(x) && !isFloat(a) || !isFinite(y) && !isFloat(b)) return raise(E.OverflowError, "int too large to convert to float");
    return floatDivmod(x, y);
  }
  return NOTIMPL;
}

// divmod(a, b) with CPython's operand dispatch (reflected method of a proper subclass first).
export function divmodValues(a: Value, b: Value): Value {
  const r = binaryDispatch(a, b, N.__divmod__, N.__rdivmod__, builtinDivmodOp, 0);
  if (r != NOTIMPL) return r;
  return typeError("unsupported operand type(s) for divmod(): '" + typeName(a) + "' and '" + typeName(b) + "'");
}

// builtinDivmod in binaryDispatch's shape (divmod has no operator kind).
function builtinDivmodOp(a: Value, b: Value, kind: i32): Value {
  return builtinDivmod(a, b);
}

// ---- pow ----

// The numeric family a builtin number belongs to for pow(): 0 int, 1 float, 2 complex, -1 none.
function numberKind(v: Value): i32 {
  if (isIntValue(v)) return 0;
  if (isFloat(v)) return 1;
  return isComplexValue(v) ? 2 : -1;
}

// One builtin type's three-argument power slot (long_pow, float_pow, complex_pow).
function powSlot(kind: i32, a: Value, b: Value, mod: Value): Value {
  const ka = numberKind(a);
  const kb = numberKind(b);
  if (kind == 0) {
    if (ka != 0 || kb != 0 || numberKind(mod) != 0) return NOTIMPL;
    if (isIntZero(mod)) return raise(E.ValueError, "pow() 3rd argument cannot be 0");
    const m = toBig(mod);
    let base = toBig(a);
    let e = toBig(b);
    if (e.isNeg()) {
      const inv = BigNum.modInverse(base, m);
      if (inv === null) return raise(E.ValueError, "base is not invertible for the given modulus");
      base = inv;
      e = BigNum.neg(e);
    }
    return fromBig(BigNum.powMod(base, e, m));
  }
  if (kind == 1) {
    if (ka < 0 || ka > 1 || kb < 0 || kb > 1) return NOTIMPL;
    return typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (kind == 2) {
    if (ka < 0 || kb < 0) return NOTIMPL;
    return raise(E.ValueError, "complex modulo");
  }
  return NOTIMPL;
}

// pow(a, b, mod). Without a modulus (NULL or None) it is a ** b. Otherwise CPython's
// ternary_op: a's slot, then b's and mod's when their types differ; a Python __pow__ of a's
// type takes the modulus, __rpow__ never does.
export function powValues(a: Value, b: Value, mod: Value): Value {
  if (mod == NULL || mod == NONE) return binaryOp(a, b, BinOp.POWER);
  const ta = typeOf(a);
  const powName = intern("__pow__");
  const user = ta.userMethod(powName);
  if (user != NULL) {
    const r = callSpecial2(a, powName, b, mod);
    if (r != NOTIMPL) return r;
  } else {
    const ka = numberKind(a);
    const kb = numberKind(b);
    const km = numberKind(mod);
    let r = powSlot(ka, a, b, mod);
    if (r != NOTIMPL) return r;
    if (kb != ka) {
      r = powSlot(kb, a, b, mod);
      if (r != NOTIMPL) return r;
    }
    if (km != ka && km != kb) {
      r = powSlot(km, a, b, mod);
      if (r != NOTIMPL) return r;
    }
  }
  return typeError("unsupported operand type(s) for ** or pow(): '" + ta.name + "', '" + typeName(b) + "', '" + typeName(mod) + "'");
}

// ---- round ----

// round(x) / round(x, ndigits); ndigits NULL or None means "no ndigits" (result is an int).
export function roundValue(x: Value, ndigits: Value): Value {
  const absent = ndigits == NULL || ndigits == NONE;
  if (isIntValue(x) && typeOf(x).userMethod(N.__round__) == NULL) {
    if (absent) return asIntValue(x);
    const nd = index(ndigits);
    if (nd == ERR) return ERR;
    return intRound(x, nd);
  }
  if (isFloat(x)) {
    if (absent) return roundFloatToInt(floatOf(x));
    return floatRoundNdigits(floatOf(x), ndigits);
  }
  const r = absent ? callSpecial0(x, N.__round__) : callSpecial1(x, N.__round__, ndigits);
  if (r == NULL) return typeError("type " + typeName(x) + " doesn't define __round__ method");
  return r;
}

function floatRoundNdigits(x: f64, ndigits: Value): Value {
  const nd = index(ndigits);
  if (nd == ERR) return ERR;
  // Any ndigits beyond +-400 behaves like +-400 (roundFloat's documented clamp).
  let n: i32;
  if (!intFitsI64(nd)) n = intSign(nd) < 0 ? -400 : 400;
  else {
    const v = intToI64(nd);
    n = v > 400 ? 400 : v < -400 ? -400 : <i32>v;
  }
  const r = roundFloat(x, n);
  if (floatErrorCode() == FLOAT_OVERFLOW) return raise(E.OverflowError, "rounded value too large to represent");
  return fromFloat(r);
}

// ---- int methods ----

function intSelf(args: usize, nargs: i32): bool {
  return nargs >= 1 && isIntValue(arg(args, 0));
}

function int_bit_length(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("int", "bit_length", args, nargs, kwnames, intSelf(args, nargs))) return ERR;
  return intFromI64(<i64>intBitLength(arg(args, 0)));
}

function int_bit_count(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("int", "bit_count", args, nargs, kwnames, intSelf(args, nargs))) return ERR;
  const v = arg(args, 0);
  if (isSmallInt(v)) {
    const i = smallOf(v);
    return fromSmall(<i64>popcnt<u64>(<u64>(i < 0 ? -i : i)));
  }
  return intFromI64(<i64>toBig(v).bitCount());
}

// Shared by the int methods that return int(self). `slot`: a slot wrapper in CPython (__int__,
// __index__, __pos__), whose errors are worded differently from a method's.
function intIdentity(name: string, slot: bool, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const ok = slot ? slotArgs(T.int, name, args, nargs, kwnames, 0) : noArgMethod("int", name, args, nargs, kwnames, intSelf(args, nargs));
  if (!ok) return ERR;
  return asIntValue(arg(args, 0));
}

function int_conjugate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("conjugate", false, args, nargs, kwnames);
}
function int_index(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("__index__", true, args, nargs, kwnames);
}
function int_int(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("__int__", true, args, nargs, kwnames);
}
function int_trunc(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("__trunc__", false, args, nargs, kwnames);
}
function int_floor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("__floor__", false, args, nargs, kwnames);
}
function int_ceil(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("__ceil__", false, args, nargs, kwnames);
}
function int_pos(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return intIdentity("__pos__", true, args, nargs, kwnames);
}

function int_is_integer(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("int", "is_integer", args, nargs, kwnames, intSelf(args, nargs))) return ERR;
  return TRUE;
}

function int_as_integer_ratio(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("int", "as_integer_ratio", args, nargs, kwnames, intSelf(args, nargs))) return ERR;
  return newTuple2(asIntValue(arg(args, 0)), fromSmall(1));
}

function int_float(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.int, "__float__", args, nargs, kwnames, 0)) return ERR;
  const x = intToF64(arg(args, 0));
  if (!isFinite(x)) return raise(E.OverflowError, "int too large to convert to float");
  return fromFloat(x);
}

function int_abs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.int, "__abs__", args, nargs, kwnames, 0)) return ERR;
  const v = arg(args, 0);
  return intSign(v) < 0 ? intNeg(asIntValue(v)) : asIntValue(v);
}

function int_neg(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.int, "__neg__", args, nargs, kwnames, 0)) return ERR;
  return intNeg(asIntValue(arg(args, 0)));
}

function int_invert(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.int, "__invert__", args, nargs, kwnames, 0)) return ERR;
  return intInvert(asIntValue(arg(args, 0)));
}

function int_round(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs < 1 || !isIntValue(arg(args, 0))) return notApplicable("__round__", "int", nargs < 1 ? NONE : arg(args, 0));
  if (!noKeywords("int.__round__", kwnames)) return ERR;
  if (nargs > 2) return typeError("__round__ expected at most 1 argument, got " + (nargs - 1).toString());
  if (nargs == 1) return asIntValue(arg(args, 0));
  const nd = index(arg(args, 1));
  if (nd == ERR) return ERR;
  return intRound(arg(args, 0), nd);
}

// Validates a byteorder argument: 1 little, 0 big, -1 after raising.
function byteorderOf(fname: string, v: Value): i32 {
  if (!(isPtr(v) && typeOf(v).kind == Kind.STR)) {
    typeError(fname + "() argument 'byteorder' must be str, not " + typeName(v));
    return -1;
  }
  const s = changetype<PyStr>(objOf(v)).s;
  if (s == "little") return 1;
  if (s == "big") return 0;
  valueError("byteorder must be either 'little' or 'big'");
  return -1;
}

// Positional/keyword binding for to_bytes/from_bytes: (x, byteorder='big', *, signed=False).
// CPython's messages for these two differ from parseArgs's generic ones.
function bindBytesArgs(fname: string, first: string, args: usize, nargs: i32, kwnames: PyTuple | null, out: Args): bool {
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - nkw;
  if (nargs > 3) {
    typeError(fname + "() takes at most 3 arguments (" + nargs.toString() + " given)");
    return false;
  }
  if (npos > 2) {
    typeError(fname + "() takes at most 2 positional arguments (" + npos.toString() + " given)");
    return false;
  }
  return parseArgs(fname, args, nargs, kwnames, [first, "byteorder", "signed"], 0, 0, 2, out);
}

function int_to_bytes(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs < 1 || !isIntValue(arg(args, 0))) return notApplicable("to_bytes", "int", nargs < 1 ? NONE : arg(args, 0));
  const self = arg(args, 0);
  const a = new Args(3);
  if (!bindBytesArgs("to_bytes", "length", args + 8, nargs - 1, kwnames, a)) return ERR;
  let length: i64 = 1;
  if (a.has(0)) {
    const l = index(a.get(0));
    if (l == ERR) return ERR;
    if (intSign(l) < 0) return raise(E.ValueError, "length argument must be non-negative");
    if (!intFitsI64(l) || intToI64(l) > 0x7fffffff) return raise(E.OverflowError, "Python int too large to convert to C ssize_t");
    length = intToI64(l);
  }
  let little = 0;
  if (a.has(1)) {
    little = byteorderOf("to_bytes", a.get(1));
    if (little < 0) return ERR;
  }
  let signed = false;
  if (a.has(2)) {
    const t = isTrue(a.get(2));
    if (t < 0) return ERR;
    signed = t != 0;
  }
  const big = toBig(self);
  if (big.isNeg() && !signed) return raise(E.OverflowError, "can't convert negative int to unsigned");
  const out = big.toBytes(<i32>length, little == 1, signed);
  if (out === null) return raise(E.OverflowError, "int too big to convert");
  return fromObj(new PyBytes(out, <i32>length, false));
}

// The bytes of a from_bytes argument: bytes-like objects directly, other iterables of ints.
function bytesOf(v: Value): StaticArray<u8> | null {
  if (isPtr(v) && objOf(v) instanceof PyBytes) {
    const b = changetype<PyBytes>(objOf(v));
    const out = new StaticArray<u8>(b.length);
    memory.copy(changetype<usize>(out), b.ptr, <usize>b.length);
    return out;
  }
  const t = typeOf(v);
  if (t.kind == Kind.STR) {
    typeError("cannot convert 'str' object to bytes");
    return null;
  }
  const it = getIter(v);
  if (it == ERR) {
    clearErrorIfTypeError();
    typeError("cannot convert '" + t.name + "' object to bytes");
    return null;
  }
  const acc = new Array<u8>();
  while (true) {
    const item = iterNext(it);
    if (item == NULL) break;
    if (item == ERR) return null;
    const i = index(item);
    if (i == ERR) return null;
    if (intSign(i) < 0 || !intFitsI64(i) || intToI64(i) > 255) {
      valueError("bytes must be in range(0, 256)");
      return null;
    }
    acc.push(<u8>intToI64(i));
  }
  const out = new StaticArray<u8>(acc.length);
  for (let i = 0; i < acc.length; i++) unchecked(out[i] = acc[i]);
  return out;
}

function clearErrorIfTypeError(): void {
  if (errorMatches(E.TypeError)) clearError();
}

function int_from_bytes(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const cls = arg(args, 0);
  const a = new Args(3);
  if (!bindBytesArgs("from_bytes", "bytes", args + 8, nargs - 1, kwnames, a)) return ERR;
  if (!a.has(0)) return typeError("from_bytes() missing required argument 'bytes' (pos 1)");
  let little = 0;
  if (a.has(1)) {
    little = byteorderOf("from_bytes", a.get(1));
    if (little < 0) return ERR;
  }
  let signed = false;
  if (a.has(2)) {
    const t = isTrue(a.get(2));
    if (t < 0) return ERR;
    signed = t != 0;
  }
  const data = bytesOf(a.get(0));
  if (data === null) return ERR;
  const r = fromBig(BigNum.fromBytes(data, little == 1, signed));
  if (isPtr(cls) && changetype<PyType>(objOf(cls)) !== T.int) return call1(cls, r);
  return r;
}

// ---- float methods ----

function floatSelf(args: usize, nargs: i32): bool {
  return nargs >= 1 && isFloat(arg(args, 0));
}

function float_is_integer(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("float", "is_integer", args, nargs, kwnames, floatSelf(args, nargs))) return ERR;
  const x = floatOf(arg(args, 0));
  return fromBool(isFinite(x) && Math.floor(x) == x);
}

// x == numerator / denominator exactly, denominator a positive power of two.
export function floatRatio(x: f64): Value {
  if (isNaN(x)) return raise(E.ValueError, "cannot convert NaN to integer ratio");
  if (!isFinite(x)) return raise(E.OverflowError, "cannot convert Infinity to integer ratio");
  if (x == 0) return newTuple2(fromSmall(0), fromSmall(1));
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7ff);
  let mantissa = bits & 0xf_ffff_ffff_ffff;
  let exponent: i32;
  if (biased == 0) {
    exponent = -1074;
  } else {
    mantissa |= 0x10_0000_0000_0000;
    exponent = biased - 1075;
  }
  const tz = <i32>ctz<u64>(mantissa);
  mantissa >>= <u64>tz;
  exponent += tz;
  let num = BigNum.fromU64(mantissa);
  if ((bits >> 63) != 0) num = BigNum.neg(num);
  if (exponent >= 0) return newTuple2(fromBig(BigNum.shl(num, <u64>exponent)), fromSmall(1));
  return newTuple2(fromBig(num), fromBig(BigNum.shl(BigNum.fromI64(1), <u64>(-exponent))));
}

function float_as_integer_ratio(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("float", "as_integer_ratio", args, nargs, kwnames, floatSelf(args, nargs))) return ERR;
  return floatRatio(floatOf(arg(args, 0)));
}

function float_hex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("float", "hex", args, nargs, kwnames, floatSelf(args, nargs))) return ERR;
  return strValue(floatHex(floatOf(arg(args, 0))));
}

function float_fromhex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const cls = arg(args, 0);
  if (!noKeywords("float.fromhex", kwnames)) return ERR;
  if (nargs != 2) return typeError("float.fromhex() takes exactly one argument (" + (nargs - 1).toString() + " given)");
  const s = arg(args, 1);
  if (!(isPtr(s) && typeOf(s).kind == Kind.STR)) return typeError("bad argument type for built-in operation");
  const x = floatFromHex(changetype<PyStr>(objOf(s)).s);
  const status = floatErrorCode();
  if (status == FLOAT_OVERFLOW) return raise(E.OverflowError, "hexadecimal value too large to represent as a float");
  if (status != FLOAT_OK) return raise(E.ValueError, "invalid hexadecimal floating-point string");
  const r = fromFloat(x);
  if (isPtr(cls) && changetype<PyType>(objOf(cls)) !== T.float) return call1(cls, r);
  return r;
}

// Shared by the float methods that return self; `slot` as for intIdentity.
function floatIdentity(name: string, slot: bool, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const ok = slot ? slotArgs(T.float, name, args, nargs, kwnames, 0) : noArgMethod("float", name, args, nargs, kwnames, floatSelf(args, nargs));
  if (!ok) return ERR;
  return arg(args, 0);
}

function float_conjugate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return floatIdentity("conjugate", false, args, nargs, kwnames);
}
function float_float(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return floatIdentity("__float__", true, args, nargs, kwnames);
}
function float_pos(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return floatIdentity("__pos__", true, args, nargs, kwnames);
}

function float_neg(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.float, "__neg__", args, nargs, kwnames, 0)) return ERR;
  return fromFloat(-floatOf(arg(args, 0)));
}

function float_abs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.float, "__abs__", args, nargs, kwnames, 0)) return ERR;
  return fromFloat(Math.abs(floatOf(arg(args, 0))));
}

function float_trunc(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("float", "__trunc__", args, nargs, kwnames, floatSelf(args, nargs))) return ERR;
  return intFromFloat(Math.trunc(floatOf(arg(args, 0))));
}

function float_int(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.float, "__int__", args, nargs, kwnames, 0)) return ERR;
  return intFromFloat(Math.trunc(floatOf(arg(args, 0))));
}

function float_floor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("float", "__floor__", args, nargs, kwnames, floatSelf(args, nargs))) return ERR;
  return intFromFloat(Math.floor(floatOf(arg(args, 0))));
}

function float_ceil(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("float", "__ceil__", args, nargs, kwnames, floatSelf(args, nargs))) return ERR;
  return intFromFloat(Math.ceil(floatOf(arg(args, 0))));
}

function float_round(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (nargs < 1 || !isFloat(arg(args, 0))) return notApplicable("__round__", "float", nargs < 1 ? NONE : arg(args, 0));
  if (!noKeywords("float.__round__", kwnames)) return ERR;
  if (nargs > 2) return typeError("__round__ expected at most 1 argument, got " + (nargs - 1).toString());
  const x = floatOf(arg(args, 0));
  if (nargs == 1 || arg(args, 1) == NONE) return roundFloatToInt(x);
  return floatRoundNdigits(x, arg(args, 1));
}

// ---- complex methods ----

function complexSelf(args: usize, nargs: i32): bool {
  return nargs >= 1 && isComplexValue(arg(args, 0));
}

function complex_conjugate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgMethod("complex", "conjugate", args, nargs, kwnames, complexSelf(args, nargs))) return ERR;
  const c = changetype<PyComplex>(objOf(arg(args, 0)));
  return newComplex(c.re, -c.im);
}

// |re + im j| as CPython's _Py_c_abs: infinities win over NaNs, finite overflow raises.
export function complexAbs(re: f64, im: f64): Value {
  if (!isFinite(re) || !isFinite(im)) {
    if (isFinite(re) || isFinite(im) || !isNaN(re) || !isNaN(im)) {
      if ((!isFinite(re) && !isNaN(re)) || (!isFinite(im) && !isNaN(im))) return fromFloat(Infinity);
    }
    return fromFloat(NaN);
  }
  const r = hypot2(re, im);
  if (!isFinite(r)) return raise(E.OverflowError, "absolute value too large");
  return fromFloat(r);
}

function complex_abs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.complex, "__abs__", args, nargs, kwnames, 0)) return ERR;
  const c = changetype<PyComplex>(objOf(arg(args, 0)));
  return complexAbs(c.re, c.im);
}

function complex_neg(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.complex, "__neg__", args, nargs, kwnames, 0)) return ERR;
  const c = changetype<PyComplex>(objOf(arg(args, 0)));
  return newComplex(-c.re, -c.im);
}

function complex_pos(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.complex, "__pos__", args, nargs, kwnames, 0)) return ERR;
  const c = changetype<PyComplex>(objOf(arg(args, 0)));
  return newComplex(c.re, c.im);
}

// ---- operator dunders (int.__add__, float.__lt__, ...) ----
//
// Slot wrappers (methods/slots.ts): each accepts only the operand types its type's slot
// accepts and answers NotImplemented otherwise, as CPython's slots do: (3).__add__(1.5) is
// NotImplemented, (1.5).__add__(3) is 4.5. Only the ternary __pow__ and divmod are specific
// to numbers.

// The numberKind code of a number type, as powSlot takes it.
function ownerCode(owner: PyType): i32 {
  return owner === T.float ? 1 : owner === T.complex ? 2 : 0;
}

// __pow__ / __rpow__: ternary slots, hence an optional modulus (then the type's own
// three-argument power, operands in operator order) and PyArg_UnpackTuple's messages.
function powDunder(owner: PyType, reflected: bool, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgsUnpacked(owner, reflected ? "__rpow__" : "__pow__", args, nargs, kwnames, 1, 2)) return ERR;
  const self = arg(args, 0);
  const other = arg(args, 1);
  if (nargs == 3 && arg(args, 2) != NONE) {
    const mod = arg(args, 2);
    return reflected ? powSlot(ownerCode(owner), other, self, mod) : powSlot(ownerCode(owner), self, other, mod);
  }
  return reflected ? slotBinaryValues(owner, BinOp.POWER, other, self) : slotBinaryValues(owner, BinOp.POWER, self, other);
}

// __divmod__ / __rdivmod__ (nb_divmod).
function divmodDunder(owner: PyType, reflected: bool, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, reflected ? "__rdivmod__" : "__divmod__", args, nargs, kwnames, 1)) return ERR;
  const self = arg(args, 0);
  const other = arg(args, 1);
  if (!isOperandOf(owner, other)) return NOTIMPL;
  return reflected ? builtinDivmod(other, self) : builtinDivmod(self, other);
}

// ---- format(complex, spec) ----

// Inserts the grouping separator every three digits of the integer part of a formatted
// float (the digits before '.', 'e' or the end).
function groupDigits(text: string, separator: i32): string {
  if (separator == 0) return text;
  let end = 0;
  while (end < text.length && <u32>(text.charCodeAt(end) - 48) < 10) end++;
  if (end <= 3) return text;
  let out = "";
  const sep = String.fromCharCode(separator);
  for (let i = 0; i < end; i++) {
    if (i > 0 && (end - i) % 3 == 0) out += sep;
    out += text.charAt(i);
  }
  return out + text.substring(end);
}

function padded(body: string, spec: FormatSpec): string {
  const width = spec.width;
  const n = <i64>body.length;
  if (width <= n) return body;
  const fill = String.fromCodePoint(spec.fillSpecified ? spec.fill : 32);
  const total = <i32>(width - n);
  let left: i32;
  if (spec.align == 60) left = 0; // '<'
  else if (spec.align == 94) left = total >> 1; // '^'
  else left = total;
  return fill.repeat(left) + body + fill.repeat(total - left);
}

// format(complex(re, im), spec) as CPython's format_complex_internal: both parts formatted
// like floats, the imaginary part always signed; with no presentation type the str() form
// (parentheses, a positive zero real part omitted).
export function formatComplex(re: f64, im: f64, specv: Value): Value {
  const text = changetype<PyStr>(objOf(specv)).s;
  if (text.length == 0) return formatValue(newComplex(re, im), specv);
  const spec = parseFormatSpec(text, 0);
  if (spec === null) {
    if (formatErrorIsMemory()) return raise(E.MemoryError, "");
    return raise(E.ValueError, formatErrorMessage("complex"));
  }
  let type = spec.type;
  const known = type == 0 || type == 101 || type == 69 || type == 102 || type == 70 || type == 103 || type == 71 || type == 110;
  if (!known) {
    const shownCode = type > 32 && type < 128 ? "'" + String.fromCharCode(type) + "'" : "'\\x" + (<u32>type).toString(16) + "'";
    return raise(E.ValueError, "Unknown format code " + shownCode + " for object of type 'complex'");
  }
  if (spec.zeroPad || (spec.fillSpecified && spec.fill == 48)) {
    return raise(E.ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align == 61) return raise(E.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let flags = 0;
  if (spec.alternate) flags |= DTSF_ALT;
  if (spec.noNegZero) flags |= DTSF_NO_NEG_0;
  let precision = <i32>spec.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type == 0) {
    type = 114; // 'r'
    defaultPrecision = 0;
    if (re == 0.0 && copysign<f64>(1.0, re) == 1.0) skipRe = true;
    else parens = true;
  }
  if (type == 110) type = 103; // 'n' is 'g' in the C locale
  if (precision < 0) precision = defaultPrecision;
  else if (type == 114) type = 103;
  let body = parens ? "(" : "";
  if (!skipRe) {
    let r = floatToString(re, type, precision, flags);
    const neg = r.charCodeAt(0) == 45;
    if (neg) r = r.substring(1);
    const sign = neg ? "-" : spec.sign == 43 ? "+" : spec.sign == 32 ? " " : "";
    body += sign + groupDigits(r, spec.grouping);
  }
  let i = floatToString(im, type, precision, flags);
  const negIm = i.charCodeAt(0) == 45;
  if (negIm) i = i.substring(1);
  let imSign: string;
  if (negIm) imSign = "-";
  else if (!skipRe) imSign = "+";
  else imSign = spec.sign == 43 ? "+" : spec.sign == 32 ? " " : "";
  body += imSign + groupDigits(i, spec.grouping) + "j" + (parens ? ")" : "");
  return strValue(padded(body, spec));
}

function formatDunder(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const oname = owner.name;
  if (nargs < 1 || !typeOf(arg(args, 0)).isSubtype(owner)) return notApplicable("__format__", oname, nargs < 1 ? NONE : arg(args, 0));
  if (!(kwnames === null || noKeywords(oname + ".__format__", kwnames))) return ERR;
  if (nargs != 2) return typeError("__format__() takes exactly one argument (" + (nargs - 1).toString() + " given)");
  const spec = arg(args, 1);
  if (!(isPtr(spec) && typeOf(spec).kind == Kind.STR)) return typeError("__format__() argument must be str, not " + typeName(spec));
  const self = arg(args, 0);
  if (owner === T.complex) {
    const c = changetype<PyComplex>(objOf(self));
    return formatComplex(c.re, c.im, spec);
  }
  return formatValue(owner === T.int ? asIntValue(self) : self, spec);
}

// __getnewargs__: the arguments that rebuild self with the base type's constructor (what
// pickling a subclass instance passes __new__): (int(self),), (float(self),), (re, im).
function getnewargsDunder(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(owner, "__getnewargs__", args, nargs, kwnames)) return ERR;
  const self = arg(args, 0);
  if (owner === T.complex) {
    const c = changetype<PyComplex>(objOf(self));
    return newTuple2(fromFloat(c.re), fromFloat(c.im));
  }
  return newTuple1(owner === T.int ? asIntValue(self) : self);
}

function int_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.ADD, false, a, n, k); }
function int_radd(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.ADD, true, a, n, k); }
function int_sub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.SUBTRACT, false, a, n, k); }
function int_rsub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.SUBTRACT, true, a, n, k); }
function int_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.MULTIPLY, false, a, n, k); }
function int_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.MULTIPLY, true, a, n, k); }
function int_truediv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.TRUE_DIVIDE, false, a, n, k); }
function int_rtruediv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.TRUE_DIVIDE, true, a, n, k); }
function int_floordiv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.FLOOR_DIVIDE, false, a, n, k); }
function int_rfloordiv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.FLOOR_DIVIDE, true, a, n, k); }
function int_mod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.REMAINDER, false, a, n, k); }
function int_rmod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.REMAINDER, true, a, n, k); }
function int_lshift(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.LSHIFT, false, a, n, k); }
function int_rlshift(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.LSHIFT, true, a, n, k); }
function int_rshift(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.RSHIFT, false, a, n, k); }
function int_rrshift(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.RSHIFT, true, a, n, k); }
function int_and(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.AND, false, a, n, k); }
function int_rand(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.AND, true, a, n, k); }
function int_or(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.OR, false, a, n, k); }
function int_ror(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.OR, true, a, n, k); }
function int_xor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.XOR, false, a, n, k); }
function int_rxor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.int, BinOp.XOR, true, a, n, k); }
function int_pow(a: usize, n: i32, k: PyTuple | null): Value { return powDunder(T.int, false, a, n, k); }
function int_rpow(a: usize, n: i32, k: PyTuple | null): Value { return powDunder(T.int, true, a, n, k); }
function int_divmod(a: usize, n: i32, k: PyTuple | null): Value { return divmodDunder(T.int, false, a, n, k); }
function int_rdivmod(a: usize, n: i32, k: PyTuple | null): Value { return divmodDunder(T.int, true, a, n, k); }
function int_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.int, CmpOp.LT, a, n, k); }
function int_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.int, CmpOp.LE, a, n, k); }
function int_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.int, CmpOp.EQ, a, n, k); }
function int_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.int, CmpOp.NE, a, n, k); }
function int_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.int, CmpOp.GT, a, n, k); }
function int_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.int, CmpOp.GE, a, n, k); }
function int_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.int, a, n, k); }
function int_bool(a: usize, n: i32, k: PyTuple | null): Value { return slotBool(T.int, a, n, k); }
function int_format(a: usize, n: i32, k: PyTuple | null): Value { return formatDunder(T.int, a, n, k); }
function int_getnewargs(a: usize, n: i32, k: PyTuple | null): Value { return getnewargsDunder(T.int, a, n, k); }

function float_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.ADD, false, a, n, k); }
function float_radd(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.ADD, true, a, n, k); }
function float_sub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.SUBTRACT, false, a, n, k); }
function float_rsub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.SUBTRACT, true, a, n, k); }
function float_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.MULTIPLY, false, a, n, k); }
function float_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.MULTIPLY, true, a, n, k); }
function float_truediv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.TRUE_DIVIDE, false, a, n, k); }
function float_rtruediv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.TRUE_DIVIDE, true, a, n, k); }
function float_floordiv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.FLOOR_DIVIDE, false, a, n, k); }
function float_rfloordiv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.FLOOR_DIVIDE, true, a, n, k); }
function float_mod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.REMAINDER, false, a, n, k); }
function float_rmod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.float, BinOp.REMAINDER, true, a, n, k); }
function float_pow(a: usize, n: i32, k: PyTuple | null): Value { return powDunder(T.float, false, a, n, k); }
function float_rpow(a: usize, n: i32, k: PyTuple | null): Value { return powDunder(T.float, true, a, n, k); }
function float_divmod(a: usize, n: i32, k: PyTuple | null): Value { return divmodDunder(T.float, false, a, n, k); }
function float_rdivmod(a: usize, n: i32, k: PyTuple | null): Value { return divmodDunder(T.float, true, a, n, k); }
function float_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.float, CmpOp.LT, a, n, k); }
function float_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.float, CmpOp.LE, a, n, k); }
function float_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.float, CmpOp.EQ, a, n, k); }
function float_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.float, CmpOp.NE, a, n, k); }
function float_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.float, CmpOp.GT, a, n, k); }
function float_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.float, CmpOp.GE, a, n, k); }
function float_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.float, a, n, k); }
function float_bool(a: usize, n: i32, k: PyTuple | null): Value { return slotBool(T.float, a, n, k); }
function float_format(a: usize, n: i32, k: PyTuple | null): Value { return formatDunder(T.float, a, n, k); }
function float_getnewargs(a: usize, n: i32, k: PyTuple | null): Value { return getnewargsDunder(T.float, a, n, k); }

function complex_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.ADD, false, a, n, k); }
function complex_radd(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.ADD, true, a, n, k); }
function complex_sub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.SUBTRACT, false, a, n, k); }
function complex_rsub(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.SUBTRACT, true, a, n, k); }
function complex_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.MULTIPLY, false, a, n, k); }
function complex_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.MULTIPLY, true, a, n, k); }
function complex_truediv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.TRUE_DIVIDE, false, a, n, k); }
function complex_rtruediv(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.complex, BinOp.TRUE_DIVIDE, true, a, n, k); }
function complex_pow(a: usize, n: i32, k: PyTuple | null): Value { return powDunder(T.complex, false, a, n, k); }
function complex_rpow(a: usize, n: i32, k: PyTuple | null): Value { return powDunder(T.complex, true, a, n, k); }
function complex_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.complex, CmpOp.LT, a, n, k); }
function complex_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.complex, CmpOp.LE, a, n, k); }
function complex_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.complex, CmpOp.EQ, a, n, k); }
function complex_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.complex, CmpOp.NE, a, n, k); }
function complex_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.complex, CmpOp.GT, a, n, k); }
function complex_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.complex, CmpOp.GE, a, n, k); }
function complex_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.complex, a, n, k); }
function complex_bool(a: usize, n: i32, k: PyTuple | null): Value { return slotBool(T.complex, a, n, k); }
function complex_format(a: usize, n: i32, k: PyTuple | null): Value { return formatDunder(T.complex, a, n, k); }
function complex_getnewargs(a: usize, n: i32, k: PyTuple | null): Value { return getnewargsDunder(T.complex, a, n, k); }

function bool_and(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bool, BinOp.AND, false, a, n, k); }
function bool_rand(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bool, BinOp.AND, true, a, n, k); }
function bool_or(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bool, BinOp.OR, false, a, n, k); }
function bool_ror(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bool, BinOp.OR, true, a, n, k); }
function bool_xor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bool, BinOp.XOR, false, a, n, k); }
function bool_rxor(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bool, BinOp.XOR, true, a, n, k); }

export function initNumberMethods(): void {
  const i = T.int;
  defMethod(i, "bit_length", int_bit_length);
  defMethod(i, "bit_count", int_bit_count);
  defMethod(i, "to_bytes", int_to_bytes);
  defClassMethod(i, "from_bytes", int_from_bytes);
  defMethod(i, "as_integer_ratio", int_as_integer_ratio);
  defMethod(i, "conjugate", int_conjugate);
  defMethod(i, "is_integer", int_is_integer);
  defMethod(i, "__index__", int_index);
  defMethod(i, "__int__", int_int);
  defMethod(i, "__float__", int_float);
  defMethod(i, "__round__", int_round);
  defMethod(i, "__trunc__", int_trunc);
  defMethod(i, "__floor__", int_floor);
  defMethod(i, "__ceil__", int_ceil);
  defMethod(i, "__abs__", int_abs);
  defMethod(i, "__neg__", int_neg);
  defMethod(i, "__pos__", int_pos);
  defMethod(i, "__invert__", int_invert);
  defMethod(i, "__bool__", int_bool);
  defMethod(i, "__divmod__", int_divmod);
  defMethod(i, "__rdivmod__", int_rdivmod);
  defMethod(i, "__add__", int_add);
  defMethod(i, "__radd__", int_radd);
  defMethod(i, "__sub__", int_sub);
  defMethod(i, "__rsub__", int_rsub);
  defMethod(i, "__mul__", int_mul);
  defMethod(i, "__rmul__", int_rmul);
  defMethod(i, "__truediv__", int_truediv);
  defMethod(i, "__rtruediv__", int_rtruediv);
  defMethod(i, "__floordiv__", int_floordiv);
  defMethod(i, "__rfloordiv__", int_rfloordiv);
  defMethod(i, "__mod__", int_mod);
  defMethod(i, "__rmod__", int_rmod);
  defMethod(i, "__pow__", int_pow);
  defMethod(i, "__rpow__", int_rpow);
  defMethod(i, "__lshift__", int_lshift);
  defMethod(i, "__rlshift__", int_rlshift);
  defMethod(i, "__rshift__", int_rshift);
  defMethod(i, "__rrshift__", int_rrshift);
  defMethod(i, "__and__", int_and);
  defMethod(i, "__rand__", int_rand);
  defMethod(i, "__or__", int_or);
  defMethod(i, "__ror__", int_ror);
  defMethod(i, "__xor__", int_xor);
  defMethod(i, "__rxor__", int_rxor);
  defMethod(i, "__eq__", int_eq);
  defMethod(i, "__ne__", int_ne);
  defMethod(i, "__lt__", int_lt);
  defMethod(i, "__le__", int_le);
  defMethod(i, "__gt__", int_gt);
  defMethod(i, "__ge__", int_ge);
  defMethod(i, "__format__", int_format);
  defMethod(i, "__hash__", int_hash);
  defMethod(i, "__getnewargs__", int_getnewargs);

  const f = T.float;
  defMethod(f, "is_integer", float_is_integer);
  defMethod(f, "as_integer_ratio", float_as_integer_ratio);
  defMethod(f, "hex", float_hex);
  defClassMethod(f, "fromhex", float_fromhex);
  defMethod(f, "conjugate", float_conjugate);
  defMethod(f, "__round__", float_round);
  defMethod(f, "__trunc__", float_trunc);
  defMethod(f, "__floor__", float_floor);
  defMethod(f, "__ceil__", float_ceil);
  defMethod(f, "__int__", float_int);
  defMethod(f, "__float__", float_float);
  defMethod(f, "__abs__", float_abs);
  defMethod(f, "__neg__", float_neg);
  defMethod(f, "__pos__", float_pos);
  defMethod(f, "__bool__", float_bool);
  defMethod(f, "__divmod__", float_divmod);
  defMethod(f, "__rdivmod__", float_rdivmod);
  defMethod(f, "__add__", float_add);
  defMethod(f, "__radd__", float_radd);
  defMethod(f, "__sub__", float_sub);
  defMethod(f, "__rsub__", float_rsub);
  defMethod(f, "__mul__", float_mul);
  defMethod(f, "__rmul__", float_rmul);
  defMethod(f, "__truediv__", float_truediv);
  defMethod(f, "__rtruediv__", float_rtruediv);
  defMethod(f, "__floordiv__", float_floordiv);
  defMethod(f, "__rfloordiv__", float_rfloordiv);
  defMethod(f, "__mod__", float_mod);
  defMethod(f, "__rmod__", float_rmod);
  defMethod(f, "__pow__", float_pow);
  defMethod(f, "__rpow__", float_rpow);
  defMethod(f, "__eq__", float_eq);
  defMethod(f, "__ne__", float_ne);
  defMethod(f, "__lt__", float_lt);
  defMethod(f, "__le__", float_le);
  defMethod(f, "__gt__", float_gt);
  defMethod(f, "__ge__", float_ge);
  defMethod(f, "__format__", float_format);
  defMethod(f, "__hash__", float_hash);
  defMethod(f, "__getnewargs__", float_getnewargs);

  const c = T.complex;
  defMethod(c, "conjugate", complex_conjugate);
  defMethod(c, "__abs__", complex_abs);
  defMethod(c, "__bool__", complex_bool);
  defMethod(c, "__neg__", complex_neg);
  defMethod(c, "__pos__", complex_pos);
  defMethod(c, "__add__", complex_add);
  defMethod(c, "__radd__", complex_radd);
  defMethod(c, "__sub__", complex_sub);
  defMethod(c, "__rsub__", complex_rsub);
  defMethod(c, "__mul__", complex_mul);
  defMethod(c, "__rmul__", complex_rmul);
  defMethod(c, "__truediv__", complex_truediv);
  defMethod(c, "__rtruediv__", complex_rtruediv);
  defMethod(c, "__pow__", complex_pow);
  defMethod(c, "__rpow__", complex_rpow);
  defMethod(c, "__eq__", complex_eq);
  defMethod(c, "__ne__", complex_ne);
  defMethod(c, "__lt__", complex_lt);
  defMethod(c, "__le__", complex_le);
  defMethod(c, "__gt__", complex_gt);
  defMethod(c, "__ge__", complex_ge);
  defMethod(c, "__format__", complex_format);
  defMethod(c, "__hash__", complex_hash);
  defMethod(c, "__getnewargs__", complex_getnewargs);

  // bool's own &, | and ^ keep bool results for two bools (int's give ints)
  const b = T.bool;
  defMethod(b, "__and__", bool_and);
  defMethod(b, "__rand__", bool_rand);
  defMethod(b, "__or__", bool_or);
  defMethod(b, "__ror__", bool_ror);
  defMethod(b, "__xor__", bool_xor);
  defMethod(b, "__rxor__", bool_rxor);
}
