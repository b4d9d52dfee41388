// floatfmt.ts: exact conversions between binary64 floats and text, following CPython 3.12.
//
// Role: every float <-> string conversion the interpreter needs: repr/str (shortest digits
// that round-trip), fixed-precision 'e'/'f'/'g' rendering as PyOS_double_to_string does it,
// float(str), literal parsing for the compiler, round(x, n), float.hex and float.fromhex.
// It stands alone (imports nothing from the project) so formatspec.ts and objects/float.ts
// can both build on it.
//
// Invariants:
// - Every result is exact: rounding is half-even on the exact binary value (formatting) or
//   on the exact decimal value (parsing), never on an intermediate approximation.
// - repr never touches bignums: it uses the Schubfach algorithm (R. Giulietti, "The Schubfach
//   way to render doubles", 2020) with a table of 126-bit powers of ten built on first use
//   from exact integer arithmetic. Parsing up to 19 significant digits uses Clinger's fast
//   path or a bounded product with the same table; fixed precision and the inputs those
//   cannot decide use exact BigNat arithmetic.
// - Nothing here raises: fallible functions return a value and set the status read by
//   floatErrorCode() (FLOAT_OK / FLOAT_INVALID -> ValueError / FLOAT_OVERFLOW -> OverflowError).
// - The scratch buffers below are module state only because a conversion never calls out;
//   every public function leaves them free for the next call.

// ── Public constants ───────────────────────────────────────────────────────────────────────

/** Flags for floatToString; the values match CPython's Py_DTSF_* constants. */
export const DTSF_SIGN: i32 = 0x01;      // always emit a sign ('+' for non-negative)
export const DTSF_ADD_DOT_0: i32 = 0x02; // append ".0" when the result looks like an integer
export const DTSF_ALT: i32 = 0x04;       // '#': keep the point and, for 'g', trailing zeros
export const DTSF_NO_NEG_0: i32 = 0x08;  // 'z': drop the sign of a result that rounds to zero

/** Status of the last parseFloat / parseFloatLiteral / floatFromHex / roundFloat call. */
export const FLOAT_OK: i32 = 0;
export const FLOAT_INVALID: i32 = 1;  // ValueError (bad syntax)
export const FLOAT_OVERFLOW: i32 = 2; // OverflowError (fromhex / round result too large)

let floatStatus: i32 = FLOAT_OK;

/** Status set by the last fallible call of this module (FLOAT_OK, FLOAT_INVALID, FLOAT_OVERFLOW). */
export function floatErrorCode(): i32 {
  return floatStatus;
}

// Character codes of the text this module reads and writes.
const enum Char {
  Space = 32, Plus = 43, Minus = 45, Dot = 46, Zero = 48, UpperE = 69, UpperF = 70,
  UpperG = 71, Underscore = 95, LowerA = 97, LowerE = 101, LowerF = 102, LowerG = 103,
  LowerI = 105, LowerN = 110, LowerP = 112, LowerR = 114, LowerX = 120,
}
const CHAR_0: i32 = Char.Zero;
const FRACTION_MASK: u64 = 0x000F_FFFF_FFFF_FFFF;
const HIDDEN_BIT: u64 = 0x0010_0000_0000_0000;
const SIGN_BIT: u64 = 0x8000_0000_0000_0000;
const EXPONENT_MASK: u64 = 0x7FF0_0000_0000_0000;
const MASK63: u64 = 0x7FFF_FFFF_FFFF_FFFF;

// ── BigNat: small arbitrary-precision naturals for the exact paths ─────────────────────────
//
// Little-endian base-2^32 limbs; limbs[len-1] != 0 whenever len > 0 (zero has len 0).
// Capacity grows on demand, so callers only size the first allocation.

class BigNat {
  limbs: StaticArray<u32>;
  len: i32 = 0;

  constructor(capacity: i32) {
    this.limbs = new StaticArray<u32>(capacity);
  }

  reserve(n: i32): void {
    const old = this.limbs;
    if (n <= old.length) return;
    let cap = old.length << 1;
    if (cap < n) cap = n;
    const grown = new StaticArray<u32>(cap);
    memory.copy(changetype<usize>(grown), changetype<usize>(old), <usize>this.len << 2);
    this.limbs = grown;
  }

  setU64(v: u64): void {
    this.reserve(2);
    unchecked(this.limbs[0] = <u32>v);
    unchecked(this.limbs[1] = <u32>(v >> 32));
    this.len = v == 0 ? 0 : (v >> 32 != 0 ? 2 : 1);
  }

  limbAt(i: i32): u32 {
    return i >= 0 && i < this.len ? unchecked(this.limbs[i]) : 0;
  }

  bitLength(): i32 {
    const n = this.len;
    return n == 0 ? 0 : (n << 5) - <i32>clz(unchecked(this.limbs[n - 1]));
  }

  trim(): void {
    let n = this.len;
    while (n > 0 && unchecked(this.limbs[n - 1]) == 0) n--;
    this.len = n;
  }

  /** this = this * m + add */
  mulAddSmall(m: u32, add: u32): void {
    let carry: u64 = add;
    const n = this.len;
    const limbs = this.limbs;
    for (let i = 0; i < n; i++) {
      const p = <u64>unchecked(limbs[i]) * m + carry;
      unchecked(limbs[i] = <u32>p);
      carry = p >> 32;
    }
    if (carry != 0) {
      this.reserve(n + 1);
      unchecked(this.limbs[n] = <u32>carry);
      this.len = n + 1;
    }
  }

  mulPow10(n: i32): void {
    while (n >= 9) {
      this.mulAddSmall(1_000_000_000, 0);
      n -= 9;
    }
    if (n > 0) this.mulAddSmall(<u32>smallPow10(n), 0);
  }

  mulPow5(n: i32): void {
    while (n >= 13) {
      this.mulAddSmall(1_220_703_125, 0); // 5^13, the largest power of 5 below 2^32
      n -= 13;
    }
    let m: u32 = 1;
    while (n > 0) {
      m *= 5;
      n--;
    }
    if (m != 1) this.mulAddSmall(m, 0);
  }

  shiftLeft(bits: i32): void {
    if (this.len == 0 || bits == 0) return;
    const words = bits >> 5;
    const b = bits & 31;
    const n = this.len;
    this.reserve(n + words + 1);
    const limbs = this.limbs;
    if (b == 0) {
      for (let i = n - 1; i >= 0; i--) unchecked(limbs[i + words] = limbs[i]);
      this.len = n + words;
    } else {
      unchecked(limbs[n + words] = limbs[n - 1] >>> (32 - b));
      for (let i = n - 1; i > 0; i--) {
        unchecked(limbs[i + words] = (limbs[i] << b) | (limbs[i - 1] >>> (32 - b)));
      }
      unchecked(limbs[words] = limbs[0] << b);
      this.len = n + words + 1;
    }
    for (let i = 0; i < words; i++) unchecked(limbs[i] = 0);
    this.trim();
  }

  /** Divides in place by a small divisor; returns the remainder. */
  divSmall(d: u32): u32 {
    let rem: u64 = 0;
    const limbs = this.limbs;
    for (let i = this.len - 1; i >= 0; i--) {
      const cur = (rem << 32) | <u64>unchecked(limbs[i]);
      unchecked(limbs[i] = <u32>(cur / d));
      rem = cur % d;
    }
    this.trim();
    return <u32>rem;
  }

  /** this -= other; requires this >= other. */
  sub(other: BigNat): void {
    let borrow: i64 = 0;
    const limbs = this.limbs;
    const n = this.len;
    const m = other.len;
    for (let i = 0; i < n; i++) {
      const diff = <i64>unchecked(limbs[i]) - <i64>other.limbAt(i) - borrow;
      unchecked(limbs[i] = <u32>diff);
      borrow = diff < 0 ? 1 : 0;
      if (i >= m && borrow == 0) break;
    }
    this.trim();
  }

  /** this -= other * m; requires this >= other * m. */
  subMulSmall(other: BigNat, m: u32): void {
    let carry: u64 = 0;
    let borrow: i64 = 0;
    const limbs = this.limbs;
    const n = this.len;
    for (let i = 0; i < n; i++) {
      const p = <u64>other.limbAt(i) * m + carry;
      carry = p >> 32;
      const diff = <i64>unchecked(limbs[i]) - <i64>(p & 0xFFFF_FFFF) - borrow;
      unchecked(limbs[i] = <u32>diff);
      borrow = diff < 0 ? 1 : 0;
    }
    this.trim();
  }

  /** The 64 bits starting at bit `pos` (bits below 0 read as zero). */
  bitsAt(pos: i32): u64 {
    const w = pos >> 5;
    const b = pos & 31;
    const l0 = <u64>this.limbAt(w);
    const l1 = <u64>this.limbAt(w + 1);
    if (b == 0) return l0 | (l1 << 32);
    const l2 = <u64>this.limbAt(w + 2);
    return (l0 >> b) | (l1 << (32 - b)) | (l2 << (64 - b));
  }

  static compare(a: BigNat, b: BigNat): i32 {
    if (a.len != b.len) return a.len > b.len ? 1 : -1;
    for (let i = a.len - 1; i >= 0; i--) {
      const x = unchecked(a.limbs[i]);
      const y = unchecked(b.limbs[i]);
      if (x != y) return x > y ? 1 : -1;
    }
    return 0;
  }
}

function smallPow10(n: i32): u64 {
  let p: u64 = 1;
  for (let i = 0; i < n; i++) p *= 10;
  return p;
}

// Scratch numbers for the exact paths. Their sizes cover the common cases; they grow if needed.
// @ts-ignore: decorator
@lazy const bigA = new BigNat(48);
// @ts-ignore: decorator
@lazy const bigB = new BigNat(48);
// @ts-ignore: decorator
@lazy const bigC = new BigNat(48);

// ── Decimal digit buffer ───────────────────────────────────────────────────────────────────
//
// Conversions to text first produce (digits, decimalPoint) meaning 0.d1d2d3... × 10^decimalPoint,
// without trailing zeros, like David Gay's dtoa; the layout step then pads as the format needs.
// An exact expansion of a double has at most 1074 digits after the point and 309 before it.

const DIGIT_CAPACITY: i32 = 1600;
// @ts-ignore: decorator
@lazy const digitBuf = new StaticArray<u8>(DIGIT_CAPACITY);
let digitCount: i32 = 0;
let decimalPoint: i32 = 0;

function setDigitsFromU64(f: u64, exp10: i32): void {
  while (f != 0 && f % 10 == 0) {
    f /= 10;
    exp10++;
  }
  let n = 0;
  let t = f;
  while (t != 0) {
    n++;
    t /= 10;
  }
  for (let i = n - 1; i >= 0; i--) {
    unchecked(digitBuf[i] = <u8>(f % 10));
    f /= 10;
  }
  digitCount = n;
  decimalPoint = exp10 + n;
}

function stripTrailingZeros(): void {
  let n = digitCount;
  while (n > 0 && unchecked(digitBuf[n - 1]) == 0) n--;
  digitCount = n;
}

// ── Logarithm helpers ──────────────────────────────────────────────────────────────────────
//
// floor(e·log2 10), floor(q·log10 2) and floor(q·log10 2 + log10 3/4) for the exponent ranges
// of binary64. Over these ranges the exact values stay at least 8e-5 away from an integer
// (except at 0), far beyond the 1e-12 error of computing them in f64; the tests recheck
// every value with BigInt.

/** floor(e · log2(10)) for |e| <= 400. */
export function floorLog2Pow10(e: i32): i32 {
  return <i32>Math.floor(<f64>e * 3.321928094887362);
}

/** floor(q · log10(2)) for |q| <= 1100. */
export function floorLog10Pow2(q: i32): i32 {
  return <i32>Math.floor(<f64>q * 0.30102999566398120);
}

/** floor(log10(3/4 · 2^q)) for |q| <= 1100. */
export function floorLog10ThreeQuartersPow2(q: i32): i32 {
  return <i32>Math.floor(<f64>q * 0.30102999566398120 - 0.12493873660829995);
}

// ── Shortest round-trip digits (Schubfach) ─────────────────────────────────────────────────
//
// For v = c·2^q, pick k with 10^k <= width of v's rounding interval < 10^(k+1) (the width is
// 2^q, or 3/4·2^q at a power of two where the lower gap halves). Scaled by 10^-k, the interval
// holds at least one integer and at most one multiple of 10. With 4·v·10^-k computed from a
// 126-bit approximation g of 10^-k, rounded to odd so its low bit records inexactness, the
// candidates are: the multiple of 10 in the interval if there is exactly one (that is the
// unique shortest), else whichever of s = floor(v·10^-k) and s + 1 is inside, else the
// closer of the two (ties to even), as Python's repr (dtoa mode 0) requires.

const K_MIN: i32 = -324;
const K_MAX: i32 = 292;

// For k in [K_MIN, K_MAX], entries 2(k - K_MIN) and 2(k - K_MIN) + 1 hold g >> 63 and
// g & (2^63 - 1), where g = floor(10^-k · 2^(125 - floorLog2Pow10(-k))) + 1 lies in
// [2^125, 2^126): 10^-k to 126 significant bits, rounded up. Built on the first repr.
let pow10Table: StaticArray<u64> | null = null;

function buildPow10Table(): StaticArray<u64> {
  const table = new StaticArray<u64>((K_MAX - K_MIN + 1) << 1);
  // k <= 0: 10^-k is an integer, so g is a shift of it.
  const p = new BigNat(40);
  p.setU64(1);
  for (let n = 0; n <= -K_MIN; n++) {
    if (n > 0) p.mulAddSmall(10, 0);
    const shift = 125 - floorLog2Pow10(n);
    storeG(table, -n - K_MIN, p, -shift);
  }
  // k > 0: floor(2^e / 10^k) = floor(2^(e-k) / 5^k). Dividing 2^TOP by 5 once per step gives
  // floor(2^TOP / 5^k) exactly (nested floors of integer divisions compose), and dropping its
  // low TOP - (e - k) bits gives the floor we want.
  const TOP: i32 = 832;
  const x = new BigNat(28);
  x.setU64(1);
  x.shiftLeft(TOP);
  for (let k = 1; k <= K_MAX; k++) {
    x.divSmall(5);
    const e = 125 - floorLog2Pow10(-k) - k;
    storeG(table, k - K_MIN, x, TOP - e);
  }
  pow10Table = table;
  return table;
}

// Stores floor(x / 2^lowBit) + 1, a 126-bit value, as two 63-bit halves.
function storeG(table: StaticArray<u64>, index: i32, x: BigNat, lowBit: i32): void {
  let g0 = x.bitsAt(lowBit) & MASK63;
  let g1 = x.bitsAt(lowBit + 63) & MASK63;
  g0 += 1;
  if (g0 > MASK63) {
    g0 = 0;
    g1 += 1;
  }
  assert(g1 >> 62 == 1, "pow10 table entry out of range");
  unchecked(table[index << 1] = g1);
  unchecked(table[(index << 1) + 1] = g0);
}

/** High 64 bits of the 128-bit product a·b. */
// @ts-ignore: decorator
@inline function mulHigh64(a: u64, b: u64): u64 {
  const aLo = a & 0xFFFF_FFFF;
  const aHi = a >> 32;
  const bLo = b & 0xFFFF_FFFF;
  const bHi = b >> 32;
  const lh = aLo * bHi;
  const hl = aHi * bLo;
  const mid = ((aLo * bLo) >> 32) + (lh & 0xFFFF_FFFF) + (hl & 0xFFFF_FFFF);
  return aHi * bHi + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

/**
 * g·cp / 2^127 rounded to odd: the floor, with its lowest bit set when the discarded part is
 * non-zero, so comparing the result with a multiple of 4 decides exactly as the true
 * product would (Giulietti's rop). g is 126 bits split as g1·2^63 + g0.
 */
// @ts-ignore: decorator
@inline function roundToOdd(g1: u64, g0: u64, cp: u64): u64 {
  const x1 = mulHigh64(g0, cp);
  const y0 = g1 * cp;
  const y1 = mulHigh64(g1, cp);
  const z = (y0 >> 1) + x1;
  const vbp = y1 + (z >> 63);
  return vbp | (((z & MASK63) + MASK63) >> 63);
}

function shortestDigits(bits: u64): void {
  const biased = <i32>((bits >> 52) & 0x7FF);
  const t = bits & FRACTION_MASK;
  let c: u64;
  let q: i32;
  if (biased != 0) {
    c = t | HIDDEN_BIT;
    q = biased - 1075;
    // Integers below 2^53: the digits of the integer are the shortest form.
    if (q < 0 && q > -53) {
      const f = c >> <u64>(-q);
      if (f << <u64>(-q) == c) {
        setDigitsFromU64(f, 0);
        return;
      }
    }
  } else {
    c = t;
    q = -1074;
  }
  let table = pow10Table;
  if (table === null) table = buildPow10Table();

  // Interval bounds in quarter units of 2^q; they belong to the interval when c is even
  // (round-half-even parsing maps them back to v), hence `odd` in the comparisons below.
  const odd: u64 = c & 1;
  const cb = c << 2;
  const cbr = cb + 2;
  let cbl: u64;
  let k: i32;
  if (c != HIDDEN_BIT || biased <= 1) {
    cbl = cb - 2;
    k = floorLog10Pow2(q);
  } else {
    cbl = cb - 1;
    k = floorLog10ThreeQuartersPow2(q);
  }
  // With h chosen so g·(x << h)/2^127 = x·2^q·10^-k, vb is 4·v·10^-k and vbl / vbr are the
  // interval bounds on the same scale: two fraction bits, enough to place each candidate.
  const h = q + floorLog2Pow10(-k) + 2;
  const g1 = unchecked(table[(k - K_MIN) << 1]);
  const g0 = unchecked(table[((k - K_MIN) << 1) + 1]);
  const vb = roundToOdd(g1, g0, cb << <u64>h);
  const vbl = roundToOdd(g1, g0, cbl << <u64>h);
  const vbr = roundToOdd(g1, g0, cbr << <u64>h);

  const s = vb >> 2;
  const sp10 = (s / 10) * 10;
  const tp10 = sp10 + 10;
  const lowerTenIn = vbl + odd <= sp10 << 2;
  const upperTenIn = (tp10 << 2) + odd <= vbr;
  if (lowerTenIn != upperTenIn) {
    setDigitsFromU64(lowerTenIn ? sp10 : tp10, k);
    return;
  }
  const s1 = s + 1;
  const lowerIn = vbl + odd <= s << 2;
  const upperIn = (s1 << 2) + odd <= vbr;
  if (lowerIn != upperIn) {
    setDigitsFromU64(lowerIn ? s : s1, k);
    return;
  }
  const cmp = <i64>(vb - ((s + s1) << 1));
  setDigitsFromU64(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : s1, k);
}

// ── Exact digits for a given precision (Dragon4-style long division) ───────────────────────

/**
 * Digits of |x| (finite, non-zero) rounded half-even on the exact value: to `limit`
 * significant digits, or (fixed) to `limit` digits after the decimal point (limit may be
 * negative: round to tens, hundreds, ...). Mirrors dtoa modes 2 and 3.
 */
function exactDigits(bits: u64, fixed: bool, limit: i32): void {
  const biased = <i32>((bits >> 52) & 0x7FF);
  const t = bits & FRACTION_MASK;
  const c = biased != 0 ? t | HIDDEN_BIT : t;
  const q = biased != 0 ? biased - 1075 : -1074;
  const num = bigA;
  const den = bigB;
  num.setU64(c);
  den.setU64(1);
  if (q >= 0) num.shiftLeft(q);
  else den.shiftLeft(-q);

  // 10^(kEst-1) <= 2^e2 <= |x| < 2^(e2+1) < 10^(kEst+1)
  const e2 = q + 63 - <i32>clz(c);
  let k = floorLog10Pow2(e2) + 1;
  if (k >= 0) den.mulPow10(k);
  else num.mulPow10(-k);
  if (BigNat.compare(num, den) >= 0) {
    den.mulAddSmall(10, 0);
    k++;
  }
  // Now num/den = |x| / 10^k lies in [0.1, 1).
  decimalPoint = k;
  const wanted = fixed ? k + limit : limit;
  if (wanted <= 0) {
    digitCount = 0;
    if (wanted == 0) {
      // Only the rounding of 0.d1d2... to 0 or 1 remains; exactly one half rounds to even 0.
      num.shiftLeft(1);
      if (BigNat.compare(num, den) > 0) {
        unchecked(digitBuf[0] = 1);
        digitCount = 1;
        decimalPoint = k + 1;
        return;
      }
    }
    decimalPoint = 0;
    return;
  }

  // Align den's top limb to at least 2^28 so a quotient digit estimated from the top limbs is
  // at most two below the true one.
  const topBits = den.bitLength() & 31;
  if (topBits != 0 && topBits < 29) {
    num.shiftLeft(29 - topBits);
    den.shiftLeft(29 - topBits);
  }
  const n = den.len;
  const divisor = <u64>unchecked(den.limbs[n - 1]) + 1;
  let count = 0;
  let exact = false;
  while (count < wanted) {
    num.mulAddSmall(10, 0);
    const top = (<u64>num.limbAt(n) << 32) | <u64>num.limbAt(n - 1);
    let d = <u32>(top / divisor);
    if (d != 0) num.subMulSmall(den, d);
    while (BigNat.compare(num, den) >= 0) {
      num.sub(den);
      d++;
    }
    // The expansion ends (num == 0) within 309 integer + 1074 fraction digits, so count
    // stays below DIGIT_CAPACITY whatever `wanted` is.
    unchecked(digitBuf[count] = <u8>d);
    count++;
    if (num.len == 0) {
      exact = true;
      break;
    }
  }
  digitCount = count;
  if (!exact) {
    num.shiftLeft(1);
    const cmp = BigNat.compare(num, den);
    if (cmp > 0 || (cmp == 0 && (unchecked(digitBuf[count - 1]) & 1) != 0)) roundDigitsUp();
  }
  stripTrailingZeros();
}

function roundDigitsUp(): void {
  let i = digitCount - 1;
  while (i >= 0 && unchecked(digitBuf[i]) == 9) {
    unchecked(digitBuf[i] = 0);
    i--;
  }
  if (i >= 0) {
    unchecked(digitBuf[i] = digitBuf[i] + 1);
  } else {
    unchecked(digitBuf[0] = 1);
    digitCount = 1;
    decimalPoint++;
  }
}

// ── Output buffer ──────────────────────────────────────────────────────────────────────────

let outBuf = new StaticArray<u16>(64);
let outLen: i32 = 0;

// @ts-ignore: decorator
@inline function outPush(ch: i32): void {
  if (outLen >= outBuf.length) growOut(outLen + 1);
  unchecked(outBuf[outLen] = <u16>ch);
  outLen++;
}

function growOut(need: i32): void {
  let cap = outBuf.length << 1;
  if (cap < need) cap = need;
  const grown = new StaticArray<u16>(cap);
  memory.copy(changetype<usize>(grown), changetype<usize>(outBuf), <usize>outLen << 1);
  outBuf = grown;
}

function outRepeat(ch: i32, n: i32): void {
  if (n <= 0) return;
  if (outLen + n > outBuf.length) growOut(outLen + n);
  for (let i = 0; i < n; i++) unchecked(outBuf[outLen + i] = <u16>ch);
  outLen += n;
}

function outTake(): string {
  const s = String.UTF16.decodeUnsafe(changetype<usize>(outBuf), <usize>outLen << 1);
  outLen = 0;
  return s;
}

// ── floatToString: PyOS_double_to_string ───────────────────────────────────────────────────

/**
 * Renders x as CPython's PyOS_double_to_string(x, code, precision, flags) does.
 * code (a char code, and only one of these): 'e' 'E' 'f' 'F' 'g' 'G' with precision >= 0 as
 * in printf ('g' treats 0 as 1), or 'r' (shortest round-trip digits; exponent form when the
 * decimal exponent is < -4 or >= 16; precision ignored). flags: DTSF_* bits. inf and nan
 * print as "inf"/"nan" ("INF"/"NAN" for upper-case codes); the sign of a nan is never shown.
 * Any precision is exact: '%.60f' % 0.1 gives the binary value's digits, rounded half-even.
 */
export function floatToString(x: f64, code: i32, precision: i32, flags: i32): string {
  const bits = reinterpret<u64>(x);
  const neg = (bits & SIGN_BIT) != 0;
  const upper = code == Char.UpperE || code == Char.UpperF || code == Char.UpperG;
  const lower = upper ? code | 0x20 : code;
  outLen = 0;
  if ((bits & EXPONENT_MASK) == EXPONENT_MASK) {
    const isNan = (bits & FRACTION_MASK) != 0;
    if (neg && !isNan) outPush(Char.Minus);
    else if ((flags & DTSF_SIGN) != 0) outPush(Char.Plus);
    const word = isNan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    for (let i = 0; i < 3; i++) outPush(word.charCodeAt(i));
    return outTake();
  }
  if (lower == Char.LowerG && precision == 0) precision = 1;
  if ((bits & MASK63) == 0) {
    unchecked(digitBuf[0] = 0);
    digitCount = 1;
    decimalPoint = 1;
  } else if (lower == Char.LowerR) {
    shortestDigits(bits & MASK63);
  } else if (lower == Char.LowerF) {
    exactDigits(bits, true, precision);
  } else if (lower == Char.LowerE) {
    exactDigits(bits, false, precision + 1);
  } else {
    exactDigits(bits, false, precision);
  }
  layoutDigits(neg, lower, upper, precision, flags);
  return outTake();
}

/** repr(x) / str(x) of a float. */
export function reprFloat(x: f64): string {
  return floatToString(x, Char.LowerR, 0, DTSF_ADD_DOT_0);
}

// Writes the digit buffer as format_float_short does: sign, integer part, point, fraction,
// exponent. Missing digit positions are zeros.
function layoutDigits(neg: bool, code: i32, upper: bool, precision: i32, flags: i32): void {
  const nd = digitCount;
  let point = decimalPoint;
  const alt = (flags & DTSF_ALT) != 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) != 0;
  let useExp = false;
  if (code == Char.LowerE) {
    useExp = true;
  } else if (code == Char.LowerG) {
    useExp = point <= -4 || point > (addDot0 ? precision - 1 : precision);
  } else if (code == Char.LowerR) {
    useExp = point <= -4 || point > 16;
  }
  let exp10 = 0;
  if (useExp) {
    exp10 = point - 1;
    point = 1;
  }
  let fraction: i32;
  if (code == Char.LowerE || code == Char.LowerF) {
    fraction = precision;
  } else if (code == Char.LowerG && alt) {
    fraction = precision - point;
  } else {
    fraction = nd - point;
    if (fraction < 0) fraction = 0;
    if (fraction == 0 && addDot0 && !useExp) fraction = 1;
  }
  const roundedToZero = nd == 0 || (nd == 1 && unchecked(digitBuf[0]) == 0);
  if (neg && !(roundedToZero && (flags & DTSF_NO_NEG_0) != 0)) outPush(Char.Minus);
  else if ((flags & DTSF_SIGN) != 0) outPush(Char.Plus);

  if (point <= 0) {
    outPush(CHAR_0);
  } else {
    const fromDigits = point < nd ? point : nd;
    if (outLen + point > outBuf.length) growOut(outLen + point);
    for (let i = 0; i < fromDigits; i++) outPush(CHAR_0 + unchecked(digitBuf[i]));
    outRepeat(CHAR_0, point - fromDigits);
  }
  if (fraction > 0 || alt) outPush(Char.Dot);
  if (fraction > 0) {
    if (outLen + fraction > outBuf.length) growOut(outLen + fraction);
    // Positions point .. point+fraction-1; those below 0 or past nd are zeros.
    let i = point;
    const end = point + fraction;
    const leadEnd = end < 0 ? end : 0;
    if (i < leadEnd) {
      outRepeat(CHAR_0, leadEnd - i);
      i = leadEnd;
    }
    const digitEnd = end < nd ? end : nd;
    for (; i < digitEnd; i++) outPush(CHAR_0 + unchecked(digitBuf[i]));
    if (i < end) outRepeat(CHAR_0, end - i);
  }
  if (useExp) {
    outPush(upper ? Char.UpperE : Char.LowerE);
    if (exp10 < 0) {
      outPush(Char.Minus);
      exp10 = -exp10;
    } else {
      outPush(Char.Plus);
    }
    if (exp10 >= 100) {
      outPush(CHAR_0 + exp10 / 100);
      exp10 %= 100;
      outPush(CHAR_0 + exp10 / 10);
    } else {
      outPush(CHAR_0 + exp10 / 10);
    }
    outPush(CHAR_0 + exp10 % 10);
  }
}

// ── Decimal text to double ─────────────────────────────────────────────────────────────────
//
// value = D · 10^exp10 with D the decimal digits collected. Short inputs take Clinger's fast
// path (one correctly rounded f64 operation on exact operands). Otherwise the exact quotient
// or product is formed with BigNat and its top 64 bits plus a sticky bit are rounded once.
// Inputs longer than PARSE_DIGITS significant digits keep the first PARSE_DIGITS and a sticky
// flag: every midpoint between two doubles has at most 767 significant digits, so the
// truncated value compares with each midpoint exactly as the full one does.

const PARSE_DIGITS: i32 = 800;
// @ts-ignore: decorator
@lazy const parseDigits = new StaticArray<u8>(PARSE_DIGITS);
let scanBuf = new StaticArray<u8>(64);

const POSITIVE_NAN_BITS: u64 = 0x7FF8_0000_0000_0000;
const NEGATIVE_NAN_BITS: u64 = 0xFFF8_0000_0000_0000;

// 10^0 .. 10^22, the powers of ten that a double holds exactly.
// @ts-ignore: decorator
@lazy const exactPow10: StaticArray<f64> = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

// @ts-ignore: decorator
@inline function signed(neg: bool, v: f64): f64 {
  return neg ? -v : v;
}

/** Rounds (m + ε)·2^e2 half-even to a double, where ε in [0, 1) is non-zero iff sticky. */
function composeDouble(neg: bool, m: u64, e2: i32, sticky: bool): f64 {
  if (m == 0) return signed(neg, 0.0);
  const lz = <i32>clz(m);
  m <<= <u64>lz;
  e2 -= lz;
  let top = e2 + 63; // m·2^e2 lies in [2^top, 2^(top+1))
  if (top > 1023) return signed(neg, Infinity);
  // Bits of m below the result's last place: 11 for normals, more for subnormals.
  const drop = top >= -1022 ? 11 : -1011 - top;
  if (drop > 64) return signed(neg, 0.0);
  let mant: u64 = 0;
  let rest = m;
  if (drop < 64) {
    mant = m >> <u64>drop;
    rest = m & ((<u64>1 << <u64>drop) - 1);
  }
  const half = <u64>1 << <u64>(drop - 1);
  if (rest > half || (rest == half && (sticky || (mant & 1) != 0))) mant++;
  let bits: u64;
  if (top >= -1022) {
    if (mant == (HIDDEN_BIT << 1)) {
      mant = HIDDEN_BIT;
      top++;
      if (top > 1023) return signed(neg, Infinity);
    }
    bits = (<u64>(top + 1023) << 52) | (mant & FRACTION_MASK);
  } else {
    bits = mant; // 2^52 here is exactly the encoding of the smallest normal
  }
  if (neg) bits |= SIGN_BIT;
  return reinterpret<f64>(bits);
}

/** D·10^exp10 rounded half-even, D = the nd digits (first non-zero, last non-zero unless nd==0). */
function decimalToDouble(neg: bool, digits: StaticArray<u8>, nd: i32, exp10: i64, sticky: bool): f64 {
  if (nd == 0) return signed(neg, 0.0);
  const topExp = exp10 + nd - 1;
  if (topExp > 308) return signed(neg, Infinity);
  if (topExp < -325) return signed(neg, 0.0);
  const e = <i32>exp10;
  if (nd <= 19 && !sticky) {
    let d: u64 = 0;
    for (let i = 0; i < nd; i++) d = d * 10 + unchecked(digits[i]);
    if (d <= (<u64>1 << 53)) {
      const df = <f64>d;
      if (e >= 0 && e <= 22) return signed(neg, df * unchecked(exactPow10[e]));
      if (e < 0 && e >= -22) return signed(neg, df / unchecked(exactPow10[-e]));
      if (e > 22 && nd <= 15 && e <= 37 - nd) {
        return signed(neg, df * unchecked(exactPow10[e - 22]) * 1e22);
      }
    }
    if (e >= -K_MAX && e <= -K_MIN) {
      const bits = boundedProductBits(neg, d, e);
      if (bits != UNDECIDED) return reinterpret<f64>(bits);
    }
  }
  const big = bigA;
  big.len = 0;
  let i = 0;
  while (i < nd) {
    let chunk: u32 = 0;
    let scale: u32 = 1;
    for (let j = 0; j < 9 && i < nd; j++, i++) {
      chunk = chunk * 10 + unchecked(digits[i]);
      scale *= 10;
    }
    big.mulAddSmall(scale, chunk);
  }
  if (e >= 0) {
    big.mulPow10(e);
    const shift = big.bitLength() - 64;
    if (shift <= 0) return composeDouble(neg, big.bitsAt(0), 0, sticky);
    return composeDouble(neg, big.bitsAt(shift), shift, sticky || lowBitsNonZero(big, shift));
  }
  // D / 10^n = (D / 5^n) · 2^-n; scale D by 2^s so the quotient has 63 or 64 bits.
  const n = -e;
  const den = bigB;
  den.setU64(1);
  den.mulPow5(n);
  const s = 63 + den.bitLength() - big.bitLength();
  if (s >= 0) big.shiftLeft(s);
  else den.shiftLeft(-s);
  const quotient = divideTo64(big, den);
  return composeDouble(neg, quotient, -s - n, quotientInexact || sticky);
}

// Not a result of composeDouble (a NaN payload it never builds).
const UNDECIDED: u64 = 0xFFFF_FFFF_FFFF_FFFF;

/**
 * d·10^e for d < 2^64 from the repr table, or UNDECIDED. The table's g over-estimates
 * 10^e·2^s by less than 1, so with d normalised to dn (top bit set) the exact product lies
 * in [dn·g - 2^64, dn·g). When both ends of that range round to the same double, that
 * double is the answer; otherwise (rarely: the value is within ~2^-120 relative of a
 * rounding boundary) the caller falls back to exact arithmetic.
 */
function boundedProductBits(neg: bool, d: u64, e: i32): u64 {
  let table = pow10Table;
  if (table === null) table = buildPow10Table();
  const index = (-e - K_MIN) << 1;
  const g1 = unchecked(table[index]);
  const g0 = unchecked(table[index + 1]);
  const lz = <i32>clz(d);
  const dn = d << <u64>lz;
  // dn·(g1·2^63 + g0) as three words w2:w1:w0.
  const low0 = dn * g0;
  const high0 = mulHigh64(dn, g0);
  const low1 = dn * g1;
  const high1 = mulHigh64(dn, g1);
  let w0 = low1 << 63;
  let w1 = (low1 >> 1) | (high1 << 63);
  let w2 = high1 >> 1;
  w0 += low0;
  let carry: u64 = w0 < low0 ? 1 : 0;
  const w1Before = w1;
  w1 += high0 + carry;
  carry = w1 < w1Before || (w1 == w1Before && (high0 | carry) != 0) ? 1 : 0;
  w2 += carry;
  // Value = product · 2^(floorLog2Pow10(e) - 125 - lz); w2 alone holds its top 61+ bits.
  const e2 = 128 + floorLog2Pow10(e) - 125 - lz;
  // Upper end, just below dn·g: dn·g - 1.
  let u1 = w1;
  let u2 = w2;
  const u0 = w0 - 1;
  if (w0 == 0) {
    if (u1 == 0) u2--;
    u1--;
  }
  const upper = reinterpret<u64>(composeDouble(neg, u2, e2, (u1 | u0) != 0));
  // Lower end: dn·g - 2^64.
  let l2 = w2;
  const l1 = w1 - 1;
  if (w1 == 0) l2--;
  const lower = reinterpret<u64>(composeDouble(neg, l2, e2, (l1 | w0) != 0));
  return upper == lower ? upper : UNDECIDED;
}

function lowBitsNonZero(x: BigNat, bits: i32): bool {
  const words = bits >> 5;
  for (let i = 0; i < words; i++) if (x.limbAt(i) != 0) return true;
  const partial = bits & 31;
  return partial != 0 && (x.limbAt(words) & ((<u32>1 << partial) - 1)) != 0;
}

// Second result of divideTo64: whether the division left a remainder.
let quotientInexact = false;

/** floor(num / den) for a quotient known to be below 2^64; sets quotientInexact. */
function divideTo64(num: BigNat, den: BigNat): u64 {
  // Long division one bit at a time: rem starts as num >> 64 (< den, as the quotient fits in
  // 64 bits) and takes in num's low 64 bits from the top.
  const rem = bigC;
  rem.reserve(num.len + 1);
  rem.len = 0;
  for (let i = 2; i < num.len; i++) unchecked(rem.limbs[i - 2] = num.limbs[i]);
  rem.len = num.len > 2 ? num.len - 2 : 0;
  const low = num.bitsAt(0);
  let q: u64 = 0;
  for (let bit = 63; bit >= 0; bit--) {
    rem.mulAddSmall(2, <u32>((low >> <u64>bit) & 1));
    if (BigNat.compare(rem, den) >= 0) {
      rem.sub(den);
      q |= <u64>1 << <u64>bit;
    }
  }
  quotientInexact = rem.len != 0;
  return q;
}

// @ts-ignore: decorator
@inline function isAsciiDigit(c: i32): bool {
  return <u32>(c - CHAR_0) < 10;
}

// @ts-ignore: decorator
@inline function isAsciiSpace(c: i32): bool {
  return c == Char.Space || <u32>(c - 9) < 5; // Py_ISSPACE: space \t \n \v \f \r
}

function ensureScan(n: i32): void {
  if (scanBuf.length < n) scanBuf = new StaticArray<u8>(n);
}

// decimal ::= digitpart ["." [digitpart]] [exponent] | "." digitpart [exponent]
// exponent ::= ("e" | "E") ["+" | "-"] digitpart
// Reads scanBuf[pos, end) completely; underscores were validated by the caller and are skipped.
function scanDecimal(pos: i32, end: i32, neg: bool): f64 {
  let nd = 0;
  let exp10: i64 = 0;
  let sticky = false;
  let sawDigit = false;
  let c: i32 = 0;
  for (; pos < end; pos++) {
    c = unchecked(scanBuf[pos]);
    if (isAsciiDigit(c)) {
      sawDigit = true;
      if (nd < PARSE_DIGITS) {
        if (nd != 0 || c != CHAR_0) {
          unchecked(parseDigits[nd] = <u8>(c - CHAR_0));
          nd++;
        }
      } else {
        exp10++;
        if (c != CHAR_0) sticky = true;
      }
    } else if (c != Char.Underscore) {
      break;
    }
  }
  if (pos < end && c == Char.Dot) {
    for (pos++; pos < end; pos++) {
      c = unchecked(scanBuf[pos]);
      if (isAsciiDigit(c)) {
        sawDigit = true;
        if (nd < PARSE_DIGITS) {
          if (nd != 0 || c != CHAR_0) {
            unchecked(parseDigits[nd] = <u8>(c - CHAR_0));
            nd++;
          }
          exp10--;
        } else if (c != CHAR_0) {
          sticky = true;
        }
      } else if (c != Char.Underscore) {
        break;
      }
    }
  }
  if (!sawDigit) return invalidFloat();
  if (pos < end && (c | 0x20) == Char.LowerE) {
    pos++;
    let expNeg = false;
    if (pos < end && (unchecked(scanBuf[pos]) == Char.Plus || unchecked(scanBuf[pos]) == Char.Minus)) {
      expNeg = unchecked(scanBuf[pos]) == Char.Minus;
      pos++;
    }
    let expValue: i64 = 0;
    let expDigits = 0;
    for (; pos < end; pos++) {
      c = unchecked(scanBuf[pos]);
      if (isAsciiDigit(c)) {
        if (expValue < 1_000_000_000_000) expValue = expValue * 10 + (c - CHAR_0);
        expDigits++;
      } else if (c != Char.Underscore) {
        break;
      }
    }
    if (expDigits == 0) return invalidFloat();
    exp10 += expNeg ? -expValue : expValue;
  }
  if (pos != end) return invalidFloat();
  while (nd > 0 && unchecked(parseDigits[nd - 1]) == 0) {
    nd--;
    exp10++;
  }
  return decimalToDouble(neg, parseDigits, nd, exp10, sticky);
}

function invalidFloat(): f64 {
  floatStatus = FLOAT_INVALID;
  return reinterpret<f64>(POSITIVE_NAN_BITS);
}

// Matches "inf", "infinity" or "nan" (any case) as the whole of scanBuf[pos, end).
function scanSpecial(pos: i32, end: i32, neg: bool): f64 {
  const n = end - pos;
  if (n == 3 && matchesWordAt(pos, "nan")) {
    return reinterpret<f64>(neg ? NEGATIVE_NAN_BITS : POSITIVE_NAN_BITS);
  }
  if ((n == 3 && matchesWordAt(pos, "inf")) || (n == 8 && matchesWordAt(pos, "infinity"))) {
    return signed(neg, Infinity);
  }
  return invalidFloat();
}

function matchesWordAt(pos: i32, word: string): bool {
  for (let i = 0; i < word.length; i++) {
    if ((unchecked(scanBuf[pos + i]) | 0x20) != word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * float(s) for a str argument, with exactly CPython's accepted syntax: surrounding whitespace
 * (Unicode white space included), an optional sign, a decimal number whose digits may be any
 * Unicode decimal digits and may be separated by single underscores, or inf / infinity / nan
 * in any case. Correctly rounded; overflow gives ±inf and underflow ±0 as in CPython.
 * On bad syntax returns NaN and floatErrorCode() == FLOAT_INVALID; the caller raises
 * ValueError("could not convert string to float: " + repr(s)).
 */
export function parseFloat(s: string): f64 {
  floatStatus = FLOAT_OK;
  const units = s.length;
  ensureScan(units);
  // Like _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode
  // decimal digits become ASCII digits, and any other non-ASCII character is a syntax error.
  let n = 0;
  let hasUnderscore = false;
  for (let i = 0; i < units; i++) {
    let cp = <i32>s.charCodeAt(i);
    if (cp < 127) {
      if (cp == Char.Underscore) hasUnderscore = true;
      unchecked(scanBuf[n++] = <u8>cp);
      continue;
    }
    if ((cp & 0xFC00) == 0xD800 && i + 1 < units) {
      const lowUnit = <i32>s.charCodeAt(i + 1);
      if ((lowUnit & 0xFC00) == 0xDC00) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lowUnit - 0xDC00);
        i++;
      }
    }
    if (isUnicodeSpace(cp)) {
      unchecked(scanBuf[n++] = <u8>Char.Space);
    } else {
      const d = unicodeDecimalValue(cp);
      if (d < 0) return invalidFloat();
      unchecked(scanBuf[n++] = <u8>(CHAR_0 + d));
    }
  }
  // An underscore must sit between two digits (_Py_string_to_number_with_underscores).
  if (hasUnderscore) {
    for (let i = 0; i < n; i++) {
      if (unchecked(scanBuf[i]) != Char.Underscore) continue;
      if (i == 0 || i + 1 >= n) return invalidFloat();
      if (!isAsciiDigit(unchecked(scanBuf[i - 1])) || !isAsciiDigit(unchecked(scanBuf[i + 1]))) {
        return invalidFloat();
      }
    }
  }
  let start = 0;
  let end = n;
  while (start < end && isAsciiSpace(unchecked(scanBuf[start]))) start++;
  while (end > start && isAsciiSpace(unchecked(scanBuf[end - 1]))) end--;
  let neg = false;
  if (start < end && (unchecked(scanBuf[start]) == Char.Plus || unchecked(scanBuf[start]) == Char.Minus)) {
    neg = unchecked(scanBuf[start]) == Char.Minus;
    start++;
  }
  if (start >= end) return invalidFloat();
  const first = <i32>unchecked(scanBuf[start]) | 0x20;
  if (first == Char.LowerI || first == Char.LowerN) return scanSpecial(start, end, neg);
  return scanDecimal(start, end, neg);
}

/**
 * Value of a float literal already validated by the lexer (ASCII digits, '.', exponent; no
 * sign, underscores already removed, no 'j'), correctly rounded; a literal too large for a
 * double gives inf, as CPython's compiler does. Bad text gives NaN with FLOAT_INVALID.
 */
export function parseFloatLiteral(s: string): f64 {
  floatStatus = FLOAT_OK;
  const n = s.length;
  ensureScan(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return invalidFloat();
    unchecked(scanBuf[i] = <u8>c);
  }
  return scanDecimal(0, n, false);
}

// ── round(x, ndigits) ──────────────────────────────────────────────────────────────────────

/**
 * round(x, ndigits) for a float, as CPython's double_round: the exact value rounded half-even
 * to ndigits decimal places, then read back correctly rounded. inf/nan round to themselves,
 * ndigits > 323 returns x, ndigits < -308 returns ±0. When the rounded value does not fit
 * a double, returns inf and floatErrorCode() == FLOAT_OVERFLOW (the caller raises
 * OverflowError("rounded value too large to represent")). Callers clamp a huge Python int
 * ndigits into i32 first (any value beyond ±400 behaves the same).
 */
export function roundFloat(x: f64, ndigits: i32): f64 {
  floatStatus = FLOAT_OK;
  const bits = reinterpret<u64>(x);
  if ((bits & EXPONENT_MASK) == EXPONENT_MASK) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if ((bits & MASK63) == 0) return x;
  exactDigits(bits, true, ndigits);
  const exp10 = <i64>(decimalPoint - digitCount);
  const r = decimalToDouble((bits & SIGN_BIT) != 0, digitBuf, digitCount, exp10, false);
  if ((reinterpret<u64>(r) & MASK63) == EXPONENT_MASK) floatStatus = FLOAT_OVERFLOW;
  return r;
}

// ── float.hex / float.fromhex ──────────────────────────────────────────────────────────────

function hexDigitChar(d: i32): i32 {
  return d < 10 ? CHAR_0 + d : Char.LowerA - 10 + d;
}

/** float.hex(x): "0x1.<13 hex digits>p±e", subnormals as "0x0.<13 digits>p-1022". */
export function floatHex(x: f64): string {
  const bits = reinterpret<u64>(x);
  const neg = (bits & SIGN_BIT) != 0;
  outLen = 0;
  if ((bits & EXPONENT_MASK) == EXPONENT_MASK) {
    if ((bits & FRACTION_MASK) != 0) return "nan";
    return neg ? "-inf" : "inf";
  }
  if (neg) outPush(Char.Minus);
  outPush(CHAR_0);
  outPush(Char.LowerX);
  const biased = <i32>((bits >> 52) & 0x7FF);
  const fraction = bits & FRACTION_MASK;
  if ((bits & MASK63) == 0) {
    outPush(CHAR_0);
    outPush(Char.Dot);
    outPush(CHAR_0);
    outPush(Char.LowerP);
    outPush(Char.Plus);
    outPush(CHAR_0);
    return outTake();
  }
  outPush(biased != 0 ? CHAR_0 + 1 : CHAR_0);
  outPush(Char.Dot);
  for (let shift = 48; shift >= 0; shift -= 4) {
    outPush(hexDigitChar(<i32>((fraction >> <u64>shift) & 0xF)));
  }
  outPush(Char.LowerP);
  let e = biased != 0 ? biased - 1023 : -1022;
  if (e < 0) {
    outPush(Char.Minus);
    e = -e;
  } else {
    outPush(Char.Plus);
  }
  appendDecimal(e);
  return outTake();
}

function appendDecimal(v: i32): void {
  let div = 1;
  while (div * 10 <= v) div *= 10;
  while (div > 0) {
    outPush(CHAR_0 + (v / div) % 10);
    div /= 10;
  }
}

function hexValue(c: i32): i32 {
  if (isAsciiDigit(c)) return c - CHAR_0;
  const lower = c | 0x20;
  if (lower >= Char.LowerA && lower <= Char.LowerF) return lower - Char.LowerA + 10;
  return -1;
}

/**
 * float.fromhex(s): [ws] [sign] (inf | infinity | nan | ["0x"] hex [. hex] [p [sign] dec]) [ws],
 * rounded half-even. Errors: FLOAT_INVALID -> ValueError("invalid hexadecimal floating-point
 * string"), FLOAT_OVERFLOW -> OverflowError("hexadecimal value too large to represent as a float").
 */
export function floatFromHex(s: string): f64 {
  floatStatus = FLOAT_OK;
  const n = s.length;
  let pos = 0;
  while (pos < n && isAsciiSpace(s.charCodeAt(pos))) pos++;
  let end = n;
  while (end > pos && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  let neg = false;
  if (pos < end && (s.charCodeAt(pos) == Char.Plus || s.charCodeAt(pos) == Char.Minus)) {
    neg = s.charCodeAt(pos) == Char.Minus;
    pos++;
  }
  const rest = end - pos;
  if (rest == 3 || rest == 8) {
    ensureScan(rest);
    let ascii = true;
    for (let i = 0; i < rest; i++) {
      const c = s.charCodeAt(pos + i);
      if (c >= 128) ascii = false;
      unchecked(scanBuf[i] = <u8>c);
    }
    if (ascii) {
      const first = <i32>unchecked(scanBuf[0]) | 0x20;
      if (first == Char.LowerI || first == Char.LowerN) return scanSpecial(0, rest, neg);
    }
  }
  if (pos + 1 < end && s.charCodeAt(pos) == CHAR_0 && (s.charCodeAt(pos + 1) | 0x20) == Char.LowerX) pos += 2;
  // Significant hex digits: the first 15 (60 bits, enough for 53 + rounding) go to m,
  // the others only matter through `sticky` and the exponent.
  let m: u64 = 0;
  let taken = 0;
  let skipped: i64 = 0;
  let fractionDigits: i64 = 0;
  let digits = 0;
  let sticky = false;
  let inFraction = false;
  for (; pos < end; pos++) {
    const c = s.charCodeAt(pos);
    if (c == Char.Dot && !inFraction) {
      inFraction = true;
      continue;
    }
    const d = hexValue(c);
    if (d < 0) break;
    digits++;
    if (inFraction) fractionDigits++;
    if (taken == 0 && d == 0) continue;
    if (taken < 15) {
      m = (m << 4) | <u64>d;
      taken++;
    } else {
      skipped++;
      if (d != 0) sticky = true;
    }
  }
  if (digits == 0) return invalidHex();
  let exp: i64 = 0;
  if (pos < end && (s.charCodeAt(pos) | 0x20) == Char.LowerP) {
    pos++;
    let expNeg = false;
    if (pos < end && (s.charCodeAt(pos) == Char.Plus || s.charCodeAt(pos) == Char.Minus)) {
      expNeg = s.charCodeAt(pos) == Char.Minus;
      pos++;
    }
    const expStart = pos;
    for (; pos < end && isAsciiDigit(s.charCodeAt(pos)); pos++) {
      if (exp < 1_000_000_000_000) exp = exp * 10 + (s.charCodeAt(pos) - CHAR_0);
    }
    if (pos == expStart) return invalidHex();
    if (expNeg) exp = -exp;
  }
  if (pos != end) return invalidHex();
  if (m == 0) return signed(neg, 0.0);
  const e2 = exp - 4 * fractionDigits + 4 * skipped;
  const topBit = e2 + 64 - <i64>clz(m);
  if (topBit > 1100) {
    floatStatus = FLOAT_OVERFLOW;
    return signed(neg, Infinity);
  }
  if (topBit < -1100) return signed(neg, 0.0);
  const r = composeDouble(neg, m, <i32>e2, sticky);
  if ((reinterpret<u64>(r) & MASK63) == EXPONENT_MASK) floatStatus = FLOAT_OVERFLOW;
  return r;
}

function invalidHex(): f64 {
  floatStatus = FLOAT_INVALID;
  return reinterpret<f64>(POSITIVE_NAN_BITS);
}

// ── Unicode character classes used by float() and the format-spec parser ──────────────────
//
// First code point of every run of decimal digits (general category Nd, values 0..9 in
// order) in Unicode 15.0, the version of CPython 3.12's unicodedata; floatfmt.regen.py checks
// this list against unicodedata.

// @ts-ignore: decorator
@lazy const DECIMAL_ZEROS: StaticArray<i32> = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
  0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
  0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
  0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
  0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60,
  0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0,
  0x1e950, 0x1fbf0,
];

/** The decimal value (0..9) of a Unicode decimal digit code point, or -1 (Py_UNICODE_TODECIMAL). */
export function unicodeDecimalValue(cp: i32): i32 {
  if (cp < 0x80) return isAsciiDigit(cp) ? cp - CHAR_0 : -1;
  const zeros = DECIMAL_ZEROS;
  let lo = 0;
  let hi = zeros.length - 1;
  if (cp < unchecked(zeros[0])) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (unchecked(zeros[mid]) <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - unchecked(zeros[lo]);
  return d < 10 ? d : -1;
}

/** Py_UNICODE_ISSPACE: ASCII \t..\r, \x1c..\x1f, space, and the Unicode white space set. */
export function isUnicodeSpace(cp: i32): bool {
  if (cp < 0x80) return cp == Char.Space || <u32>(cp - 9) < 5 || <u32>(cp - 0x1c) < 4;
  if (cp < 0x1680) return cp == 0x85 || cp == 0xa0;
  return cp == 0x1680 || <u32>(cp - 0x2000) <= 10 || cp == 0x2028 || cp == 0x2029 ||
    cp == 0x202f || cp == 0x205f || cp == 0x3000;
}
