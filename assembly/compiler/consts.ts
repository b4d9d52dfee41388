// Compile-time constant values: what the AST optimiser folds and what co_consts holds.
//
// Constants are unit.ts ConstValues. This file adds what the compiler needs to compute with
// them as CPython's compiler does with real objects:
//   - LongInt, a small arbitrary-precision integer (sign + magnitude, 32-bit limbs,
//     little-endian, no leading zero limbs; zero has no limbs) for folding int arithmetic;
//   - constKey(): the identity used to merge equal constants, as _PyCode_ConstantKey()
//     (the type is part of the key: 1, 1.0 and True are distinct; so are 0.0 and -0.0);
//   - constIsTrue(), constEquals(): truth value and Python equality of constants;
//   - constRepr(): the normalised rendering used by the compiler tests (see regen.py).
// Int constants are kept as base-10 text with an optional leading '-' once they went through
// the compiler (normaliseInt), so equal ints always have equal text.
import { ConstTag, ConstValue, CodeUnit } from "./unit";

// ---------------------------------------------------------------- LongInt

export class LongInt {
  neg: bool = false;
  mag: Array<u32> = [];

  static fromI64(v: i64): LongInt {
    const r = new LongInt();
    let m: u64 = v < 0 ? <u64>(-v) : <u64>v;
    r.neg = v < 0;
    while (m != 0) {
      r.mag.push(<u32>(m & 0xffffffff));
      m >>= 32;
    }
    return r;
  }

  // Parses digits in `base` (2..36), optionally preceded by '-'. Returns null on a bad digit.
  static parse(text: string, base: i32): LongInt | null {
    const r = new LongInt();
    let i = 0;
    if (text.length > 0 && text.charCodeAt(0) == 45) {
      r.neg = true;
      i = 1;
    }
    if (i >= text.length) return null;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let d: i32;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 122) d = c - 87;
      else if (c >= 65 && c <= 90) d = c - 55;
      else if (c == 95) continue;
      else return null;
      if (d >= base) return null;
      r.mulSmallAdd(<u32>base, <u32>d);
    }
    if (r.mag.length == 0) r.neg = false;
    return r;
  }

  private mulSmallAdd(m: u32, a: u32): void {
    let carry: u64 = a;
    for (let i = 0; i < this.mag.length; i++) {
      const t = <u64>this.mag[i] * <u64>m + carry;
      this.mag[i] = <u32>(t & 0xffffffff);
      carry = t >> 32;
    }
    if (carry != 0) this.mag.push(<u32>carry);
  }

  // Divides the magnitude by d in place and returns the remainder.
  private divSmall(d: u32): u32 {
    let rem: u64 = 0;
    for (let i = this.mag.length - 1; i >= 0; i--) {
      const cur = (rem << 32) | <u64>this.mag[i];
      this.mag[i] = <u32>(cur / <u64>d);
      rem = cur % <u64>d;
    }
    trim(this.mag);
    return <u32>rem;
  }

  clone(): LongInt {
    const r = new LongInt();
    r.neg = this.neg;
    r.mag = this.mag.slice(0);
    return r;
  }

  isZero(): bool {
    return this.mag.length == 0;
  }

  toString(): string {
    if (this.mag.length == 0) return "0";
    const t = this.clone();
    const parts = new Array<string>();
    while (t.mag.length > 0) {
      const chunk = t.divSmall(1000000000);
      parts.push(chunk.toString());
    }
    let s = this.neg ? "-" : "";
    s += parts[parts.length - 1];
    for (let i = parts.length - 2; i >= 0; i--) {
      const p = parts[i];
      for (let k = p.length; k < 9; k++) s += "0";
      s += p;
    }
    return s;
  }

  // Number of bits of the magnitude (Python's int.bit_length()).
  numBits(): i32 {
    const n = this.mag.length;
    if (n == 0) return 0;
    return (n - 1) * 32 + (32 - <i32>clz(this.mag[n - 1]));
  }

  // The value if it fits in i64 (check fitsI64 first).
  toI64(): i64 {
    let m: u64 = 0;
    if (this.mag.length > 0) m = <u64>this.mag[0];
    if (this.mag.length > 1) m |= <u64>this.mag[1] << 32;
    return this.neg ? -<i64>m : <i64>m;
  }

  fitsI64(): bool {
    if (this.mag.length <= 1) return true;
    if (this.mag.length > 2) return false;
    return (this.mag[1] & 0x80000000) == 0;
  }

  // Correctly rounded conversion; +/-Infinity when out of range (the caller treats that as
  // Python's OverflowError).
  toF64(): f64 {
    const bits = this.numBits();
    if (bits == 0) return 0.0;
    let r: f64;
    if (bits <= 63) {
      r = <f64>(<u64>this.toI64Abs());
    } else {
      // Keep the top 63 bits plus a sticky bit for everything below, then let the
      // hardware conversion round to nearest-even.
      const shift = bits - 63;
      const top = shiftRightMag(this.mag, shift);
      let t: u64 = <u64>top[0];
      if (top.length > 1) t |= <u64>top[1] << 32;
      if (lowBitsNonZero(this.mag, shift)) t |= 1;
      r = <f64>t;
      r = scaleB(r, shift);
    }
    return this.neg ? -r : r;
  }

  private toI64Abs(): u64 {
    let m: u64 = 0;
    if (this.mag.length > 0) m = <u64>this.mag[0];
    if (this.mag.length > 1) m |= <u64>this.mag[1] << 32;
    return m;
  }

  static cmpMag(a: Array<u32>, b: Array<u32>): i32 {
    if (a.length != b.length) return a.length < b.length ? -1 : 1;
    for (let i = a.length - 1; i >= 0; i--) {
      if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }

  static compare(a: LongInt, b: LongInt): i32 {
    if (a.neg != b.neg) return a.neg ? -1 : 1;
    const c = LongInt.cmpMag(a.mag, b.mag);
    return a.neg ? -c : c;
  }

  static add(a: LongInt, b: LongInt): LongInt {
    const r = new LongInt();
    if (a.neg == b.neg) {
      r.mag = addMag(a.mag, b.mag);
      r.neg = a.neg;
    } else {
      const c = LongInt.cmpMag(a.mag, b.mag);
      if (c == 0) return r;
      if (c > 0) {
        r.mag = subMag(a.mag, b.mag);
        r.neg = a.neg;
      } else {
        r.mag = subMag(b.mag, a.mag);
        r.neg = b.neg;
      }
    }
    return r;
  }

  static neg(a: LongInt): LongInt {
    const r = a.clone();
    if (r.mag.length > 0) r.neg = !r.neg;
    return r;
  }

  static sub(a: LongInt, b: LongInt): LongInt {
    return LongInt.add(a, LongInt.neg(b));
  }

  static mul(a: LongInt, b: LongInt): LongInt {
    const r = new LongInt();
    if (a.mag.length == 0 || b.mag.length == 0) return r;
    const out = new Array<u32>(a.mag.length + b.mag.length);
    for (let i = 0; i < out.length; i++) out[i] = 0;
    for (let i = 0; i < a.mag.length; i++) {
      let carry: u64 = 0;
      const ai = <u64>a.mag[i];
      for (let j = 0; j < b.mag.length; j++) {
        const t = ai * <u64>b.mag[j] + <u64>out[i + j] + carry;
        out[i + j] = <u32>(t & 0xffffffff);
        carry = t >> 32;
      }
      let k = i + b.mag.length;
      while (carry != 0) {
        const t = <u64>out[k] + carry;
        out[k] = <u32>(t & 0xffffffff);
        carry = t >> 32;
        k++;
      }
    }
    trim(out);
    r.mag = out;
    r.neg = a.neg != b.neg;
    return r;
  }

  // Floor division and modulo (Python semantics); null when b is zero.
  static divmod(a: LongInt, b: LongInt): Array<LongInt> | null {
    if (b.mag.length == 0) return null;
    const qr = divModMag(a.mag, b.mag);
    const q = new LongInt();
    q.mag = qr[0];
    const r = new LongInt();
    r.mag = qr[1];
    q.neg = q.mag.length > 0 && a.neg != b.neg;
    r.neg = r.mag.length > 0 && a.neg;
    // Truncated -> floored: when the signs differ and the remainder is not zero.
    if (r.mag.length > 0 && a.neg != b.neg) {
      const one = LongInt.fromI64(1);
      const q2 = LongInt.sub(q, one);
      const r2 = LongInt.add(r, b);
      return [q2, r2];
    }
    return [q, r];
  }

  static shl(a: LongInt, n: i32): LongInt {
    const r = new LongInt();
    if (a.mag.length == 0) return r;
    r.mag = shiftLeftMag(a.mag, n);
    r.neg = a.neg;
    return r;
  }

  // Arithmetic (flooring) right shift.
  static shr(a: LongInt, n: i32): LongInt {
    const r = new LongInt();
    r.mag = shiftRightMag(a.mag, n);
    if (!a.neg) return r;
    // floor(-m / 2**n) == -((m >> n) + (1 if bits were lost))
    if (lowBitsNonZero(a.mag, n)) r.mag = addMag(r.mag, [1]);
    r.neg = r.mag.length > 0;
    return r;
  }

  static pow(a: LongInt, e: i32): LongInt {
    let result = LongInt.fromI64(1);
    let base = a.clone();
    let n = e;
    while (n > 0) {
      if (n & 1) result = LongInt.mul(result, base);
      n >>= 1;
      if (n > 0) base = LongInt.mul(base, base);
    }
    return result;
  }

  // Bitwise operations on the infinite two's complement representation.
  static bitop(a: LongInt, b: LongInt, op: i32): LongInt {
    const n = max(a.mag.length, b.mag.length) + 1;
    const x = toTwos(a, n);
    const y = toTwos(b, n);
    const out = new Array<u32>(n);
    for (let i = 0; i < n; i++) {
      if (op == 0) out[i] = x[i] & y[i];
      else if (op == 1) out[i] = x[i] | y[i];
      else out[i] = x[i] ^ y[i];
    }
    return fromTwos(out);
  }

  static invert(a: LongInt): LongInt {
    // ~a == -a - 1
    return LongInt.sub(LongInt.neg(a), LongInt.fromI64(1));
  }
}

function trim(m: Array<u32>): void {
  let n = m.length;
  while (n > 0 && m[n - 1] == 0) n--;
  m.length = n;
}

function addMag(a: Array<u32>, b: Array<u32>): Array<u32> {
  const n = max(a.length, b.length);
  const out = new Array<u32>(n + 1);
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    const t = <u64>(i < a.length ? a[i] : 0) + <u64>(i < b.length ? b[i] : 0) + carry;
    out[i] = <u32>(t & 0xffffffff);
    carry = t >> 32;
  }
  out[n] = <u32>carry;
  trim(out);
  return out;
}

// a - b for |a| >= |b|
function subMag(a: Array<u32>, b: Array<u32>): Array<u32> {
  const out = new Array<u32>(a.length);
  let borrow: i64 = 0;
  for (let i = 0; i < a.length; i++) {
    let t = <i64>a[i] - <i64>(i < b.length ? b[i] : 0) - borrow;
    if (t < 0) {
      t += <i64>0x100000000;
      borrow = 1;
    } else {
      borrow = 0;
    }
    out[i] = <u32>t;
  }
  trim(out);
  return out;
}

function shiftLeftMag(a: Array<u32>, n: i32): Array<u32> {
  const words = n >> 5;
  const bits = n & 31;
  const out = new Array<u32>(a.length + words + 1);
  for (let i = 0; i < out.length; i++) out[i] = 0;
  for (let i = 0; i < a.length; i++) {
    const v = <u64>a[i] << <u64>bits;
    out[i + words] |= <u32>(v & 0xffffffff);
    out[i + words + 1] |= <u32>(v >> 32);
  }
  trim(out);
  return out;
}

function shiftRightMag(a: Array<u32>, n: i32): Array<u32> {
  const words = n >> 5;
  const bits = n & 31;
  if (words >= a.length) return new Array<u32>();
  const out = new Array<u32>(a.length - words);
  for (let i = 0; i < out.length; i++) {
    let v = <u64>a[i + words] >> <u64>bits;
    if (bits != 0 && i + words + 1 < a.length) v |= (<u64>a[i + words + 1] << <u64>(32 - bits)) & 0xffffffff;
    out[i] = <u32>v;
  }
  trim(out);
  return out;
}

function lowBitsNonZero(a: Array<u32>, n: i32): bool {
  const words = n >> 5;
  const bits = n & 31;
  for (let i = 0; i < words && i < a.length; i++) if (a[i] != 0) return true;
  if (bits != 0 && words < a.length) {
    if ((a[words] & ((<u32>1 << <u32>bits) - 1)) != 0) return true;
  }
  return false;
}

// Magnitude long division, bit by bit (constants are small; clarity over speed).
function divModMag(a: Array<u32>, b: Array<u32>): Array<Array<u32>> {
  if (LongInt.cmpMag(a, b) < 0) return [new Array<u32>(), a.slice(0)];
  if (b.length == 1) {
    const q = a.slice(0);
    let rem: u64 = 0;
    const d = <u64>b[0];
    for (let i = q.length - 1; i >= 0; i--) {
      const cur = (rem << 32) | <u64>q[i];
      q[i] = <u32>(cur / d);
      rem = cur % d;
    }
    trim(q);
    const r = new Array<u32>();
    if (rem != 0) r.push(<u32>rem);
    return [q, r];
  }
  const nbits = a.length * 32;
  const q = new Array<u32>(a.length);
  for (let i = 0; i < q.length; i++) q[i] = 0;
  let r = new Array<u32>();
  for (let i = nbits - 1; i >= 0; i--) {
    r = shiftLeftMag(r, 1);
    if ((a[i >> 5] >> <u32>(i & 31)) & 1) {
      if (r.length == 0) r.push(1);
      else r[0] |= 1;
    }
    if (LongInt.cmpMag(r, b) >= 0) {
      r = subMag(r, b);
      q[i >> 5] |= <u32>1 << <u32>(i & 31);
    }
  }
  trim(q);
  return [q, r];
}

function toTwos(a: LongInt, n: i32): Array<u32> {
  const out = new Array<u32>(n);
  for (let i = 0; i < n; i++) out[i] = i < a.mag.length ? a.mag[i] : 0;
  if (a.neg) {
    let carry: u64 = 1;
    for (let i = 0; i < n; i++) {
      const t = <u64>(~out[i]) + carry;
      out[i] = <u32>(t & 0xffffffff);
      carry = t >> 32;
    }
  }
  return out;
}

function fromTwos(w: Array<u32>): LongInt {
  const r = new LongInt();
  const n = w.length;
  const negative = (w[n - 1] & 0x80000000) != 0;
  const mag = w.slice(0);
  if (negative) {
    let carry: u64 = 1;
    for (let i = 0; i < n; i++) {
      const t = <u64>(~mag[i]) + carry;
      mag[i] = <u32>(t & 0xffffffff);
      carry = t >> 32;
    }
  }
  trim(mag);
  r.mag = mag;
  r.neg = negative && mag.length > 0;
  return r;
}

// x * 2**n without intermediate overflow for large n.
export function scaleB(x: f64, n: i32): f64 {
  let r = x;
  let k = n;
  while (k > 1000) {
    r *= 1.0715086071862673e301; // 2**1000
    k -= 1000;
    if (!isFinite(r)) return r;
  }
  while (k < -1000) {
    r *= 9.332636185032189e-302; // 2**-1000
    k += 1000;
  }
  return r * Math.pow(2.0, <f64>k);
}

// ---------------------------------------------------------------- constructors

export function makeNone(): ConstValue {
  return new ConstValue(ConstTag.None);
}

export function makeBool(b: bool): ConstValue {
  return new ConstValue(b ? ConstTag.True : ConstTag.False);
}

export function makeIntText(text: string): ConstValue {
  const v = new ConstValue(ConstTag.Int);
  v.text = text;
  v.base = 10;
  return v;
}

export function makeInt(n: i64): ConstValue {
  return makeIntText(n.toString());
}

export function makeLong(n: LongInt): ConstValue {
  return makeIntText(n.toString());
}

export function makeFloat(x: f64): ConstValue {
  const v = new ConstValue(ConstTag.Float);
  v.num = x;
  return v;
}

export function makeComplex(re: f64, im: f64): ConstValue {
  const v = new ConstValue(ConstTag.Complex);
  v.num = im;
  v.re = re;
  return v;
}

export function makeStr(s: string): ConstValue {
  const v = new ConstValue(ConstTag.Str);
  v.text = s;
  return v;
}

export function makeBytes(b: Array<u8>): ConstValue {
  const v = new ConstValue(ConstTag.Bytes);
  v.bytes = b;
  return v;
}

export function makeTuple(items: Array<ConstValue>): ConstValue {
  const v = new ConstValue(ConstTag.Tuple);
  v.items = items;
  return v;
}

export function makeCode(code: CodeUnit): ConstValue {
  const v = new ConstValue(ConstTag.Code);
  v.code = code;
  return v;
}

export function makeStrTuple(names: Array<string>): ConstValue {
  const items = new Array<ConstValue>();
  for (let i = 0; i < names.length; i++) items.push(makeStr(names[i]));
  return makeTuple(items);
}

// A frozenset of the given items, duplicates (by Python equality) dropped, first kept.
export function makeFrozenSet(items: Array<ConstValue>): ConstValue {
  const kept = new Array<ConstValue>();
  for (let i = 0; i < items.length; i++) {
    let dup = false;
    for (let j = 0; j < kept.length; j++) {
      if (constEquals(kept[j], items[i])) {
        dup = true;
        break;
      }
    }
    if (!dup) kept.push(items[i]);
  }
  const v = new ConstValue(ConstTag.FrozenSet);
  v.items = kept;
  return v;
}

// Ints arrive from the parser as digits in some base; the compiler keeps base-10 text.
export function normaliseInt(v: ConstValue): ConstValue {
  if (v.tag != ConstTag.Int) return v;
  if (v.base == 10 && isCanonicalDecimal(v.text)) return v;
  const n = LongInt.parse(v.text, v.base);
  if (n === null) return v;
  return makeLong(n);
}

function isCanonicalDecimal(t: string): bool {
  let i = 0;
  if (t.length > 0 && t.charCodeAt(0) == 45) i = 1;
  if (i >= t.length) return false;
  if (t.charCodeAt(i) == 48 && t.length > i + 1) return false;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// ---------------------------------------------------------------- queries

export function isIntLike(v: ConstValue): bool {
  return v.tag == ConstTag.Int || v.tag == ConstTag.True || v.tag == ConstTag.False;
}

// The integer value of an int or bool constant.
export function longOf(v: ConstValue): LongInt {
  if (v.tag == ConstTag.True) return LongInt.fromI64(1);
  if (v.tag == ConstTag.False) return new LongInt();
  const n = LongInt.parse(v.text, v.base);
  return n === null ? new LongInt() : n;
}

export function isZeroInt(v: ConstValue): bool {
  return isIntLike(v) && longOf(v).isZero();
}

export function constIsTrue(v: ConstValue): bool {
  switch (v.tag) {
    case ConstTag.None:
    case ConstTag.False:
      return false;
    case ConstTag.True:
    case ConstTag.Ellipsis:
    case ConstTag.Code:
      return true;
    case ConstTag.Int:
      return !longOf(v).isZero();
    case ConstTag.Float:
      return v.num != 0.0;
    case ConstTag.Complex:
      return v.num != 0.0 || v.re != 0.0;
    case ConstTag.Str:
      return v.text.length > 0;
    case ConstTag.Bytes:
      return v.bytes !== null && v.bytes!.length > 0;
    case ConstTag.Tuple:
    case ConstTag.FrozenSet:
      return v.items !== null && v.items!.length > 0;
  }
  return true;
}

// Python `==` between constants (numbers compare across int/bool/float/complex).
export function constEquals(a: ConstValue, b: ConstValue): bool {
  const an = isNumber(a);
  const bn = isNumber(b);
  if (an || bn) {
    if (!(an && bn)) return false;
    if (a.tag == ConstTag.Complex || b.tag == ConstTag.Complex) {
      return realPart(a) == realPart(b) && imagPart(a) == imagPart(b);
    }
    if (a.tag == ConstTag.Float || b.tag == ConstTag.Float) {
      if (isIntLike(a)) return intEqualsFloat(longOf(a), b.num);
      if (isIntLike(b)) return intEqualsFloat(longOf(b), a.num);
      return a.num == b.num;
    }
    return LongInt.compare(longOf(a), longOf(b)) == 0;
  }
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case ConstTag.None:
    case ConstTag.Ellipsis:
      return true;
    case ConstTag.Str:
      return a.text == b.text;
    case ConstTag.Bytes:
      return bytesEqual(a.bytes!, b.bytes!);
    case ConstTag.Tuple: {
      const x = a.items!;
      const y = b.items!;
      if (x.length != y.length) return false;
      for (let i = 0; i < x.length; i++) if (!constEquals(x[i], y[i])) return false;
      return true;
    }
    case ConstTag.FrozenSet: {
      const x = a.items!;
      const y = b.items!;
      if (x.length != y.length) return false;
      for (let i = 0; i < x.length; i++) {
        let found = false;
        for (let j = 0; j < y.length; j++) {
          if (constEquals(x[i], y[j])) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return true;
    }
    case ConstTag.Code:
      return a.code === b.code;
  }
  return false;
}

function isNumber(v: ConstValue): bool {
  return isIntLike(v) || v.tag == ConstTag.Float || v.tag == ConstTag.Complex;
}

function realPart(v: ConstValue): f64 {
  if (v.tag == ConstTag.Complex) return v.re;
  if (v.tag == ConstTag.Float) return v.num;
  return longOf(v).toF64();
}

function imagPart(v: ConstValue): f64 {
  return v.tag == ConstTag.Complex ? v.num : 0.0;
}

function intEqualsFloat(n: LongInt, x: f64): bool {
  if (!isFinite(x) || Math.floor(x) != x) return false;
  return n.toF64() == x && n.numBits() <= 1024 && LongInt.compare(n, longFromIntegralF64(x)) == 0;
}

// An integral finite double as a LongInt.
export function longFromIntegralF64(x: f64): LongInt {
  const neg = x < 0;
  let m = Math.abs(x);
  if (m < 9007199254740992.0) {
    const r = LongInt.fromI64(<i64>m);
    return neg ? LongInt.neg(r) : r;
  }
  // m = mantissa * 2**exp with a 53-bit mantissa
  const bits = reinterpret<u64>(m);
  const exp = <i32>((bits >> 52) & 0x7ff) - 1075;
  const mant = (bits & 0xfffffffffffff) | 0x10000000000000;
  let r = LongInt.shl(LongInt.fromI64(<i64>mant), exp);
  return neg ? LongInt.neg(r) : r;
}

function bytesEqual(a: Array<u8>, b: Array<u8>): bool {
  if (a.length != b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
  return true;
}

// ---------------------------------------------------------------- identity and rendering

// Two constants share a co_consts slot iff their keys are equal (_PyCode_ConstantKey).
export function constKey(v: ConstValue): string {
  switch (v.tag) {
    case ConstTag.None:
      return "N";
    case ConstTag.True:
      return "T";
    case ConstTag.False:
      return "F";
    case ConstTag.Ellipsis:
      return "E";
    case ConstTag.Int:
      return "i" + intText(v);
    case ConstTag.Float:
      // NaN != NaN: CPython never merges two NaN constants
      if (isNaN(v.num)) return "f" + uniqueSuffix();
      return "f" + reinterpret<u64>(v.num).toString(16);
    case ConstTag.Complex:
      if (isNaN(v.num) || isNaN(v.re)) return "c" + uniqueSuffix();
      return "c" + reinterpret<u64>(v.re).toString(16) + "," + reinterpret<u64>(v.num).toString(16);
    case ConstTag.Str:
      return "s" + v.text;
    case ConstTag.Bytes:
      return "b" + bytesHex(v.bytes!);
    case ConstTag.Tuple: {
      let s = "(";
      const items = v.items!;
      for (let i = 0; i < items.length; i++) {
        const k = constKey(items[i]);
        s += k.length.toString() + ":" + k;
      }
      return s + ")";
    }
    case ConstTag.FrozenSet: {
      const keys = new Array<string>();
      const items = v.items!;
      for (let i = 0; i < items.length; i++) keys.push(constKey(items[i]));
      keys.sort(compareStrings);
      let s = "{";
      for (let i = 0; i < keys.length; i++) s += keys[i].length.toString() + ":" + keys[i];
      return s + "}";
    }
    case ConstTag.Code:
      return "C" + codeKey(v.code!);
  }
  return "?";
}

let uniqueCounter: i32 = 0;

function uniqueSuffix(): string {
  return "#" + (uniqueCounter++).toString();
}

function keyOfList(items: Array<string>): string {
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) parts[i] = items[i].length.toString() + ":" + items[i];
  return parts.join("");
}

// Code objects compare structurally (code_richcompare): name, argument counts, flags, first
// line, instructions, constants, names, localsplus names, locations, exception table. Not
// the qualname: two identical lambdas on one line are one constant.
function codeKey(c: CodeUnit): string {
  const parts = new Array<string>();
  parts.push(c.name);
  parts.push(c.argcount.toString() + "," + c.posonlyargcount.toString() + "," + c.kwonlyargcount.toString() +
    "," + c.flags.toString() + "," + c.firstlineno.toString());
  const code = new Array<string>();
  for (let i = 0; i < c.code.length; i++) code.push(c.code[i].toString(16));
  parts.push(code.join(","));
  const consts = new Array<string>();
  for (let i = 0; i < c.consts.length; i++) consts.push(constKey(c.consts[i]));
  parts.push(keyOfList(consts));
  parts.push(keyOfList(c.names));
  parts.push(keyOfList(c.localsplusNames));
  const locs = new Array<string>();
  for (let i = 0; i < c.lines.length; i++) {
    locs.push(c.lines[i].toString() + "," + c.endLines[i].toString() + "," + c.cols[i].toString() + "," +
      c.endCols[i].toString());
  }
  parts.push(locs.join(";"));
  const exc = new Array<string>();
  for (let i = 0; i < c.exceptionTable.length; i++) {
    const e = c.exceptionTable[i];
    exc.push(e.start.toString() + "," + e.end.toString() + "," + e.target.toString() + "," + e.depth.toString() +
      (e.lasti ? "l" : ""));
  }
  parts.push(exc.join(";"));
  return keyOfList(parts);
}

export function compareStrings(a: string, b: string): i32 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intText(v: ConstValue): string {
  if (v.tag == ConstTag.True) return "1";
  if (v.tag == ConstTag.False) return "0";
  if (v.base == 10) return v.text;
  return longOf(v).toString();
}

function hex2(b: u32): string {
  const d = "0123456789abcdef";
  return d.charAt((b >> 4) & 15) + d.charAt(b & 15);
}

export function bytesHex(b: Array<u8>): string {
  const parts = new Array<string>(b.length);
  for (let i = 0; i < b.length; i++) parts[i] = hex2(b[i]);
  return parts.join("");
}

export function f64Hex(x: f64): string {
  let s = reinterpret<u64>(x).toString(16);
  while (s.length < 16) s = "0" + s;
  return s;
}

function hexPad(n: u32, width: i32): string {
  let s = n.toString(16);
  while (s.length < width) s = "0" + s;
  return s;
}

// The escaping of regen.py's show_str: printable ASCII stays, the rest is \uXXXX / \UXXXXXXXX.
export function showStr(s: string): string {
  const out = new Array<string>();
  out.push("'");
  const n = s.length;
  let run = 0; // start of the pending run of printable ASCII
  for (let i = 0; i < n; i++) {
    let c = <u32>s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c != 92 && c != 39) continue;
    if (run < i) out.push(s.substring(run, i));
    const at = i;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = <u32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c == 92 || c == 39) out.push("\\" + s.charAt(at));
    else if (c < 0x10000) out.push("\\u" + hexPad(c, 4));
    else out.push("\\U" + hexPad(c, 8));
    run = i + 1;
  }
  if (run < n) out.push(s.substring(run, n));
  out.push("'");
  return out.join("");
}

export function constRepr(v: ConstValue): string {
  switch (v.tag) {
    case ConstTag.None:
      return "None";
    case ConstTag.True:
      return "True";
    case ConstTag.False:
      return "False";
    case ConstTag.Ellipsis:
      return "Ellipsis";
    case ConstTag.Int:
      return intText(v);
    case ConstTag.Float:
      return "f:" + f64Hex(v.num);
    case ConstTag.Complex:
      return "c:" + f64Hex(v.re) + "," + f64Hex(v.num);
    case ConstTag.Str:
      return showStr(v.text);
    case ConstTag.Bytes:
      return "b'" + bytesHex(v.bytes!) + "'";
    case ConstTag.Tuple: {
      const items = v.items!;
      if (items.length == 1) return "(" + constRepr(items[0]) + ",)";
      let s = "(";
      for (let i = 0; i < items.length; i++) {
        if (i > 0) s += ", ";
        s += constRepr(items[i]);
      }
      return s + ")";
    }
    case ConstTag.FrozenSet: {
      const parts = new Array<string>();
      const items = v.items!;
      for (let i = 0; i < items.length; i++) parts.push(constRepr(items[i]));
      parts.sort(compareStrings);
      return "frozenset({" + parts.join(", ") + "})";
    }
    case ConstTag.Code:
      return "<code " + v.code!.qualname + ">";
  }
  return "?";
}
