/*
 * Test harness for assembly/objects/bigint.ts, compiled only by test/unit/bigint.test.ts.
 * Integers cross the boundary as hexadecimal strings (BigNum.fromString(s, 16) in,
 * toString(16) out, which JS BigInt reads and writes natively); a null result comes back
 * as the string "null". Opcodes are the small integers listed on each dispatcher and
 * mirrored by the test.
 */
import { BigNum } from "../../assembly/objects/bigint";

function num(hex: string): BigNum {
  return BigNum.fromString(hex, 16)!;
}

function hex(v: BigNum | null): string {
  return v === null ? "null" : v.toString(16);
}

/** 0 neg, 1 abs, 2 not, 3 isqrt, 4 bitLength, 5 bitCount, 6 sign, 7 isZero, 8 isNeg, 9 fitsI64, 10 toI64, 11 hash */
export function unary(op: i32, a: string): string {
  const x = num(a);
  switch (op) {
    case 0: return hex(BigNum.neg(x));
    case 1: return hex(BigNum.abs(x));
    case 2: return hex(BigNum.not(x));
    case 3: return hex(BigNum.isqrt(x));
    case 4: return x.bitLength().toString();
    case 5: return x.bitCount().toString();
    case 6: return x.sign().toString();
    case 7: return x.isZero() ? "1" : "0";
    case 8: return x.isNeg() ? "1" : "0";
    case 9: return x.fitsI64() ? "1" : "0";
    case 10: return x.toI64().toString();
    case 11: return x.hash().toString();
  }
  return "bad op";
}

/**
 * 0 add, 1 sub, 2 mul, 3 floorDiv, 4 floorMod, 5 divmod ("q,r"), 6 and, 7 or, 8 xor,
 * 9 gcd, 10 compare, 11 equals, 12 modInverse
 */
export function binary(op: i32, a: string, b: string): string {
  const x = num(a);
  const y = num(b);
  switch (op) {
    case 0: return hex(BigNum.add(x, y));
    case 1: return hex(BigNum.sub(x, y));
    case 2: return hex(BigNum.mul(x, y));
    case 3: return hex(BigNum.floorDiv(x, y));
    case 4: return hex(BigNum.floorMod(x, y));
    case 5: {
      const qr = BigNum.divmod(x, y);
      return hex(qr.quotient) + "," + hex(qr.remainder);
    }
    case 6: return hex(BigNum.and(x, y));
    case 7: return hex(BigNum.or(x, y));
    case 8: return hex(BigNum.xor(x, y));
    case 9: return hex(BigNum.gcd(x, y));
    case 10: return BigNum.compare(x, y).toString();
    case 11: return BigNum.equals(x, y) ? "1" : "0";
    case 12: return hex(BigNum.modInverse(x, y));
  }
  return "bad op";
}

/** a * a through the same operand object (the squaring path). */
export function square(a: string): string {
  const x = num(a);
  return hex(BigNum.mul(x, x));
}

export function powMod(a: string, e: string, m: string): string {
  return hex(BigNum.powMod(num(a), num(e), num(m)));
}

export function pow(a: string, e: u64): string {
  return hex(BigNum.pow(num(a), e));
}

/** 0 shl, 1 shr */
export function shift(op: i32, a: string, n: u64): string {
  return hex(op == 0 ? BigNum.shl(num(a), n) : BigNum.shr(num(a), n));
}

export function compareI64(a: string, v: i64): i32 {
  return BigNum.compareI64(num(a), v);
}

export function compareF64(a: string, x: f64): i32 {
  return BigNum.compareF64(num(a), x);
}

export function toF64(a: string): f64 {
  return num(a).toF64();
}

export function trueDiv(a: string, b: string): f64 {
  return BigNum.trueDiv(num(a), num(b));
}

export function fromI64(v: i64): string {
  return hex(BigNum.fromI64(v));
}

export function fromU64(v: u64): string {
  return hex(BigNum.fromU64(v));
}

export function fromF64(x: f64): string {
  return hex(BigNum.fromF64(x));
}

export function toStr(a: string, radix: i32): string {
  return num(a).toString(radix);
}

/** fromString's result in hexadecimal, or "null". */
export function fromStr(s: string, base: i32): string {
  return hex(BigNum.fromString(s, base));
}

export function fromDigits(s: string, base: i32): string {
  return hex(BigNum.fromDigits(s, base));
}

export function digitLimit(s: string, base: i32, maxDigits: i32): i32 {
  return BigNum.digitLimitExceeded(s, base, maxDigits);
}

/** Bytes as lowercase hex pairs in output order, or "null". */
export function toBytes(a: string, length: i32, littleEndian: bool, signed: bool): string {
  const bytes = num(a).toBytes(length, littleEndian, signed);
  if (bytes === null) return "null";
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = <i32>bytes[i];
    out += (b < 16 ? "0" : "") + b.toString(16);
  }
  return out;
}

/** bytes given as hex pairs. */
export function fromBytes(pairs: string, littleEndian: bool, signed: bool): string {
  const n = pairs.length >> 1;
  const bytes = new StaticArray<u8>(n);
  for (let i = 0; i < n; i++) bytes[i] = <u8>I32.parseInt(pairs.substr(2 * i, 2), 16);
  return hex(BigNum.fromBytes(bytes, littleEndian, signed));
}

/** Decimal round trip of a decimal string (fromString then toString), for timing big conversions. */
export function decimalRoundTrip(s: string): string {
  return BigNum.fromString(s, 10)!.toString(10);
}
