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

// A heap int. Values that fit in i64 keep just the i64 (one allocation instead of three);
// their BigNum is built on first use by an operation that needs one.
export class PyLong extends PyObject {
  private bigValue: BigNum | null;
  private i64Value: i64;

  constructor(big: BigNum | null, v: i64 = 0) {
    super();
    this.cls = T.int;
    this.bigValue = big;
    this.i64Value = v;
  }

  get big(): BigNum {
    let b = this.bigValue;
    if (b === null) {
      b = BigNum.fromI64(this.i64Value);
      this.bigValue = b;
    }
    return b;
  }

  fitsI64(): bool {
    const b = this.bigValue;
    return b === null || b.fitsI64();
  }

  toI64(): i64 {
    const b = this.bigValue;
    return b === null ? this.i64Value : b.toI64();
  }

  sign(): i32 {
    const b = this.bigValue;
    if (b !== null) return b.sign();
    return this.i64Value < 0 ? -1 : this.i64Value > 0 ? 1 : 0;
  }
}

export function intFromI64(i: i64): Value {
  if (fitsSmall(i)) return fromSmall(i);
  return fromObj(new PyLong(null, i));
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
  return changetype<PyLong>(objOf(v)).fitsI64();
}

export function intToI64(v: Value): i64 {
  if (isSmallInt(v)) return smallOf(v);
  if (v == TRUE) return 1;
  if (v == FALSE) return 0;
  return changetype<PyLong>(objOf(v)).toI64();
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
  return changetype<PyLong>(objOf(v)).sign();
}

export function intCompare(a: Value, b: Value): i32 {
  if ((isSmallInt(a) && isSmallInt(b)) || (intFitsI64(a) && intFitsI64(b))) {
    const x = intToI64(a);
    const y = intToI64(b);
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
  const l = changetype<PyLong>(objOf(v));
  if (l.fitsI64()) {
    const i = l.toI64();
    if (i != i64.MIN_VALUE) {
      // CPython: |i| mod (2**61 - 1), with the sign of i; -1 becomes -2
      const h = i % <i64>0x1fff_ffff_ffff_ffff;
      return h == -1 ? -2 : h;
    }
  }
  return l.big.hash();
}

export function intToF64(v: Value): f64 {
  if (isSmallInt(v)) return <f64>smallOf(v);
  if (v == TRUE) return 1;
  if (v == FALSE) return 0;
  const l = changetype<PyLong>(objOf(v));
  return l.fitsI64() ? <f64>l.toI64() : l.big.toF64();
}

export function intToString(v: Value, radix: i32): string {
  if (isSmallInt(v) || v == TRUE || v == FALSE || (intFitsI64(v) && intToI64(v) != i64.MIN_VALUE)) {
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
// Ints beyond the inline range but within i64 (hash mixing, LCGs) take i64 paths with
// overflow checks before falling back to BigNum, which allocates for every operation.

// Both fit in i64 (inline ints, bools, or PyLongs of at most 64 bits)?
// @ts-ignore: decorator
@inline function bothI64(a: Value, b: Value): bool {
  return intFitsI64(a) && intFitsI64(b);
}

export function intAdd(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return intFromI64(smallOf(a) + smallOf(b));
  if (bothI64(a, b)) {
    const x = intToI64(a);
    const y = intToI64(b);
    const r = x + y;
    // overflow iff both operands have the same sign and the result's sign differs
    if (((x ^ r) & (y ^ r)) >= 0) return intFromI64(r);
  }
  return fromBig(BigNum.add(toBig(a), toBig(b)));
}

export function intSub(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return intFromI64(smallOf(a) - smallOf(b));
  if (bothI64(a, b)) {
    const x = intToI64(a);
    const y = intToI64(b);
    const r = x - y;
    if (((x ^ y) & (x ^ r)) >= 0) return intFromI64(r);
  }
  return fromBig(BigNum.sub(toBig(a), toBig(b)));
}

export function intMul(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = smallOf(a);
    const y = smallOf(b);
    if (x > -0x8000_0000 && x < 0x8000_0000 && y > -0x8000_0000 && y < 0x8000_0000) return intFromI64(x * y);
  }
  if (bothI64(a, b)) {
    const x = intToI64(a);
    const y = intToI64(b);
    // exact when the magnitude estimate is safely inside i64
    if (Math.abs(<f64>x * <f64>y) < 9.0e18) return intFromI64(x * y);
  }
  return fromBig(BigNum.mul(toBig(a), toBig(b)));
}

// Caller checked b != 0.
export function intFloorDiv(a: Value, b: Value): Value {
  if ((isSmallInt(a) && isSmallInt(b)) || (bothI64(a, b) && intToI64(a) != i64.MIN_VALUE)) {
    const x = intToI64(a);
    const y = intToI64(b);
    let q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return intFromI64(q);
  }
  return fromBig(BigNum.floorDiv(toBig(a), toBig(b)));
}

// Caller checked b != 0.
export function intMod(a: Value, b: Value): Value {
  if ((isSmallInt(a) && isSmallInt(b)) || (bothI64(a, b) && intToI64(a) != i64.MIN_VALUE)) {
    const x = intToI64(a);
    const y = intToI64(b);
    let r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return intFromI64(r);
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
  if (bothI64(a, b)) return intFromI64(intToI64(a) & intToI64(b));
  return fromBig(BigNum.and(toBig(a), toBig(b)));
}

export function intOr(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return fromSmall(smallOf(a) | smallOf(b));
  if (bothI64(a, b)) return intFromI64(intToI64(a) | intToI64(b));
  return fromBig(BigNum.or(toBig(a), toBig(b)));
}

export function intXor(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) return fromSmall(smallOf(a) ^ smallOf(b));
  if (bothI64(a, b)) return intFromI64(intToI64(a) ^ intToI64(b));
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
  return changetype<PyLong>(objOf(v)).sign() == 0;
}

export function intFromF64Value(x: f64): Value {
  if (x > -1e14 && x < 1e14) return fromSmall(<i64>x);
  return fromBig(BigNum.fromF64(x));
}
