// Python int: inline 48-bit values (objects/value.ts) and heap PyLong for everything else.
// Invariant: an int that fits the inline range is always inline (fromBig normalises), so
// equal ints have equal encodings only when inline; compare through the functions below.
// bool is an int subclass: True/False enter arithmetic as 1/0 (asIntValue).
import {
  Value, NULL, TRUE, FALSE, ERR, isSmallInt, smallOf, fromSmall, fitsSmall, isPtr, objOf, fromObj,
  fromFloat, SMALL_MIN, SMALL_MAX,
} from "./value";
import { T, typeOf } from "./type";
import { BigNum } from "./bigint";

// sys.int_info.default_max_str_digits; sys.set_int_max_str_digits changes the limit
// (0 = no limit).
export const DEFAULT_MAX_STR_DIGITS: i32 = 4300;
export let MAX_STR_DIGITS: i32 = DEFAULT_MAX_STR_DIGITS;

export function setMaxStrDigits(n: i32): void {
  MAX_STR_DIGITS = n;
}

export class PyLong extends PyObject {
  big: BigNum;

  constructor(big: BigNum) {
    super();
    this.cls = T.int;
    this.big = big;
  }
}

export function intFromI64(i: i64): Value {
  if (fitsSmall(i)) return fromSmall(i);
  return fromObj(new PyLong(BigNum.fromI64(i)));
}

export function intFromU64(i: u64): Value {
  if (i <= <u64>SMALL_MAX) return fromSmall(<i64>i);
  return fromObj(new PyLong(BigNum.fromU64(i)));
}

export function fromBig(b: BigNum): Value {
  if (b.fitsI64()) {
    const i = b.toI64();
    if (fitsSmall(i)) return fromSmall(i);
  }
  return fromObj(new PyLong(b));
}

// Compiler constant: digits in `base`, with a leading "-" for folded negative constants.
export function intFromDigits(text: string, base: i32): Value {
  const neg = text.startsWith("-");
  const digits = neg ? text.substring(1) : text;
  if (digits.length <= 12 && base == 10) {
    let v: i64 = 0;
    for (let i = 0; i < digits.length; i++) v = v * 10 + <i64>(digits.charCodeAt(i) - 48);
    return fromSmall(neg ? -v : v);
  }
  const b = BigNum.fromDigits(digits, base);
  return fromBig(neg ? BigNum.neg(b) : b);
}

// Is v an int (inline, PyLong, bool, or an int subclass instance)?
export function isIntValue(v: Value): bool {
  if (isSmallInt(v) || v == TRUE || v == FALSE) return true;
  if (!isPtr(v)) return false;
  const o = objOf(v);
  return o.cls === T.int || (o instanceof PyLong);
}

// Exactly int (not bool, not a subclass).
export function isExactInt(v: Value): bool {
  return isSmallInt(v) || (isPtr(v) && objOf(v).cls === T.int);
}

// The BigNum of an int value (caller checked isIntValue).
export function toBig(v: Value): BigNum {
  if (isSmallInt(v)) return BigNum.fromI64(smallOf(v));
  if (v == TRUE) return BigNum.fromI64(1);
  if (v == FALSE) return BigNum.fromI64(0);
  return changetype<PyLong>(objOf(v)).big;
}

// Fits in i64? (caller checked isIntValue)
export function intFitsI64(v: Value): bool {
  if (isSmallInt(v) || v == TRUE || v == FALSE) return true;
  return changetype<PyLong>(objOf(v)).big.fitsI64();
}

export function intToI64(v: Value): i64 {
  if (isSmallInt(v)) return smallOf(v);
  if (v == TRUE) return 1;
  if (v == FALSE) return 0;
  return changetype<PyLong>(objOf(v)).big.toI64();
}

// Normalise bool/int-subclass to a plain int value.
export function asIntValue(v: Value): Value {
  if (isSmallInt(v)) return v;
  if (v == TRUE) return fromSmall(1);
  if (v == FALSE) return fromSmall(0);
  return fromBig(changetype<PyLong>(objOf(v)).big);
}

export function intSign(v: Value): i32 {
  if (isSmallInt(v) || v == TRUE || v == FALSE) {
    const i = intToI64(v);
    return i < 0 ? -1 : i > 0 ? 1 : 0;
  }
  return changetype<PyLong>(objOf(v)).big.sign();
}

export function intCompare(a: Value, b: Value): i32 {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = smallOf(a);
    const y = smallOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return BigNum.compare(toBig(a), toBig(b));
}

export function intHash(v: Value): i64 {
  if (isSmallInt(v) || v == TRUE || v == FALSE) {
    const i = intToI64(v);
    // |i| < 2**61-1 always holds for inline ints
    return i == -1 ? -2 : i;
  }
  return changetype<PyLong>(objOf(v)).big.hash();
}

export function intToF64(v: Value): f64 {
  if (isSmallInt(v)) return <f64>smallOf(v);
  if (v == TRUE) return 1;
  if (v == FALSE) return 0;
  return changetype<PyLong>(objOf(v)).big.toF64();
}

export function intToString(v: Value, radix: i32): string {
  if (isSmallInt(v) || v == TRUE || v == FALSE) {
    const i = intToI64(v);
    if (radix == 10) return i.toString();
    const neg = i < 0;
    let s = (<u64>(neg ? -i : i)).toString(radix);
    return neg ? "-" + s : s;
  }
  return changetype<PyLong>(objOf(v)).big.toString(radix);
}

// Number of decimal digits above which str(int) raises (approximate check by bit length,
// exact check by the produced string, as CPython does).
export function intTooLongForStr(v: Value): bool {
  if (isSmallInt(v) || !isPtr(v) || MAX_STR_DIGITS == 0) return false;
  // a cheap lower bound on the digit count, then the exact count
  const b = changetype<PyLong>(objOf(v)).big;
  if (<f64>b.bitLength() < <f64>MAX_STR_DIGITS * 3.3219 - 4) return false;
  const s = b.toString(10);
  return s.length - (b.isNeg() ? 1 : 0) > MAX_STR_DIGITS;
}

// ---- arithmetic (operands already known to be ints) ----

export function intAdd(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return intFromI64(smallOf(a) + smallOf(b));
  return fromBig(BigNum.add(toBig(a), toBig(b)));
}

export function intSub(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return intFromI64(smallOf(a) - smallOf(b));
  return fromBig(BigNum.sub(toBig(a), toBig(b)));
}

export function intMul(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = smallOf(a);
    const y = smallOf(b);
    if (x > -0x8000_0000 && x < 0x8000_0000 && y > -0x8000_0000 && y < 0x8000_0000) return intFromI64(x * y);
  }
  return fromBig(BigNum.mul(toBig(a), toBig(b)));
}

// Caller checked b != 0.
export function intFloorDiv(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = smallOf(a);
    const y = smallOf(b);
    let q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return intFromI64(q);
  }
  return fromBig(BigNum.floorDiv(toBig(a), toBig(b)));
}

// Caller checked b != 0.
export function intMod(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = smallOf(a);
    const y = smallOf(b);
    let r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return fromSmall(r);
  }
  return fromBig(BigNum.floorMod(toBig(a), toBig(b)));
}

export function intNeg(a: Value): Value {
  if (isSmallInt(a)) return intFromI64(-smallOf(a));
  return fromBig(BigNum.neg(toBig(a)));
}

export function intInvert(a: Value): Value {
  if (isSmallInt(a)) return fromSmall(~smallOf(a));
  return fromBig(BigNum.not(toBig(a)));
}

export function intAnd(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return fromSmall(smallOf(a) & smallOf(b));
  return fromBig(BigNum.and(toBig(a), toBig(b)));
}

export function intOr(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return fromSmall(smallOf(a) | smallOf(b));
  return fromBig(BigNum.or(toBig(a), toBig(b)));
}

export function intXor(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return fromSmall(smallOf(a) ^ smallOf(b));
  return fromBig(BigNum.xor(toBig(a), toBig(b)));
}

// Caller checked n >= 0.
export function intLshift(a: Value, n: u64): Value {
  if (isSmallInt(a) && n < 16) {
    const x = smallOf(a);
    return intFromI64(x << <i64>n);
  }
  return fromBig(BigNum.shl(toBig(a), n));
}

export function intRshift(a: Value, n: u64): Value {
  if (isSmallInt(a)) {
    const x = smallOf(a);
    return fromSmall(n >= 63 ? (x < 0 ? -1 : 0) : x >> <i64>n);
  }
  return fromBig(BigNum.shr(toBig(a), n));
}

// a ** e for e >= 0 (caller checked).
export function intPow(a: Value, e: u64): Value {
  if (isSmallInt(a)) {
    let base = smallOf(a);
    if (base == 0) return fromSmall(e == 0 ? 1 : 0);
    if (base == 1) return fromSmall(1);
    if (base == -1) return fromSmall(e & 1 ? -1 : 1);
  }
  return fromBig(BigNum.pow(toBig(a), e));
}

export function intBitLength(a: Value): u64 {
  return toBig(a).bitLength();
}

export function isIntZero(v: Value): bool {
  if (isSmallInt(v)) return smallOf(v) == 0;
  if (v == FALSE) return true;
  if (v == TRUE) return false;
  return changetype<PyLong>(objOf(v)).big.isZero();
}

export function intFromF64Value(x: f64): Value {
  if (x > -1e14 && x < 1e14) return fromSmall(<i64>x);
  return fromBig(BigNum.fromF64(x));
}

export function typeIsInt(v: Value): bool {
  return typeOf(v).isSubtype(T.int);
}
