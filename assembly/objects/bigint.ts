/*
 * bigint.ts: arbitrary-precision integers with Python `int` semantics, in plain AssemblyScript.
 * Stands alone (no project imports) so it can be tested and benchmarked by itself.
 *
 * Representation. A BigNum is sign + magnitude. The magnitude is little-endian u32 limbs in
 * `limbs[0 .. size)`, normalised: limbs[size - 1] != 0, zero has size 0 and is never negative.
 * The array may be longer than `size` (results are allocated at their worst-case length and
 * only copied when that wastes a lot); entries at and above `size` mean nothing.
 * Values are immutable: no operation ever writes to an operand, so limb arrays may be shared
 * between BigNums; every operation returns a fresh BigNum object.
 *
 * Layers.
 *  1. Magnitude kernels on raw limb pointers (add/sub/mul/div in the style of GMP's mpn
 *     layer): no allocation inside their loops, u64 intermediates for every limb product.
 *     Raw pointers are safe because nothing is collected during a call (the minimal runtime
 *     collects only when the VM calls __collect() at a safe point) and every buffer they
 *     point into is also held in a managed local.
 *  2. BigNum operations with Python semantics: floor division, two's-complement bitwise
 *     operators on infinite precision, correctly rounded conversion to float, Python's hash.
 *
 * Algorithms. Multiplication: schoolbook below KARATSUBA_THRESHOLD limbs, Karatsuba above.
 * Division: Knuth's algorithm D, Burnikel-Ziegler recursive division above BZ_THRESHOLD.
 * Radix conversion both ways: divide and conquer over powers radix^(k*2^i) above a threshold,
 * so a 100,000-digit decimal string converts in tens of milliseconds.
 *
 * Errors are never thrown (an AS throw aborts the module). A fallible function returns null;
 * conditions the caller must check first (division by zero, negative exponents, absurd result
 * sizes) are stated on each function.
 */

// Crossovers measured with asc -O3 --noAssert on Node 20 (2 shared cores; best of several runs):
//  - product of two n-limb numbers: Karatsuba ties schoolbook up to ~40 limbs and wins after
//    (64 limbs: 1.9 vs 2.4 us; 96: 3.7 vs 5.2 us); any threshold in 24..40 measures the same.
//  - square: the symmetric schoolbook square is cheaper, Karatsuba pays from ~48-64 limbs.
//  - 2n-by-n division: Knuth D wins up to ~200-limb divisors (192: 47 vs 50 us), then
//    Burnikel-Ziegler (256: 75 vs 83 us; 1024: 0.72 vs 1.29 ms); its base block size
//    (24..64 limbs) makes no measurable difference.
//  - toString: divide and conquer from ~60 limbs; parsing: from ~3200 digits.
// @ts-ignore: decorator
@inline const KARATSUBA_THRESHOLD: i32 = 32;
// @ts-ignore: decorator
@inline const KARATSUBA_SQR_THRESHOLD: i32 = 48;
// @ts-ignore: decorator
@inline const BZ_THRESHOLD: i32 = 200;
// @ts-ignore: decorator
@inline const BZ_BLOCK_LIMBS: i32 = 32;
// @ts-ignore: decorator
@inline const TO_STRING_DC_LIMBS: i32 = 60;
// @ts-ignore: decorator
@inline const FROM_STRING_DC_DIGITS: i32 = 3200;

// ---------------------------------------------------------------------------------------------
// Limb access on raw pointers

// @ts-ignore: decorator
@inline function limbAt(p: usize, i: i32): u32 {
  return load<u32>(p + (<usize>i << 2));
}

// @ts-ignore: decorator
@inline function setLimb(p: usize, i: i32, v: u32): void {
  store<u32>(p + (<usize>i << 2), v);
}

// @ts-ignore: decorator
@inline function limbPtr(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

// @ts-ignore: decorator
@inline function dataOf(a: StaticArray<u32>): usize {
  return changetype<usize>(a);
}

function copyLimbs(dst: usize, src: usize, n: i32): void {
  memory.copy(dst, src, <usize>n << 2);
}

function zeroLimbs(dst: usize, n: i32): void {
  memory.fill(dst, 0, <usize>n << 2);
}

function significantLength(p: usize, n: i32): i32 {
  while (n > 0 && limbAt(p, n - 1) == 0) n--;
  return n;
}

function bitLengthOf(p: usize, n: i32): u64 {
  if (n == 0) return 0;
  return (<u64>n << 5) - <u64>clz<u32>(limbAt(p, n - 1));
}

// ---------------------------------------------------------------------------------------------
// Magnitude kernels

function compareSameLength(a: usize, b: usize, n: i32): i32 {
  for (let i = n - 1; i >= 0; i--) {
    const x = limbAt(a, i);
    const y = limbAt(b, i);
    if (x != y) return x > y ? 1 : -1;
  }
  return 0;
}

/** Compares normalised magnitudes. */
function compareMag(a: usize, an: i32, b: usize, bn: i32): i32 {
  if (an != bn) return an > bn ? 1 : -1;
  return compareSameLength(a, b, an);
}

/** r[0..an) = a + b for an >= bn; returns the carry out. r may alias a or b. */
function addMag(r: usize, a: usize, an: i32, b: usize, bn: i32): u32 {
  let carry: u64 = 0;
  let i = 0;
  for (; i < bn; i++) {
    carry += <u64>limbAt(a, i) + <u64>limbAt(b, i);
    setLimb(r, i, <u32>carry);
    carry >>= 32;
  }
  for (; i < an; i++) {
    if (carry == 0) {
      if (r != a) copyLimbs(limbPtr(r, i), limbPtr(a, i), an - i);
      return 0;
    }
    carry += <u64>limbAt(a, i);
    setLimb(r, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

/** r[0..an) = a - b for an >= bn; returns the borrow out (1 when a < b). r may alias a or b. */
function subMag(r: usize, a: usize, an: i32, b: usize, bn: i32): u32 {
  let borrow: u64 = 0;
  let i = 0;
  for (; i < bn; i++) {
    const t = <u64>limbAt(a, i) - <u64>limbAt(b, i) - borrow;
    setLimb(r, i, <u32>t);
    borrow = t >> 63;
  }
  for (; i < an; i++) {
    if (borrow == 0) {
      if (r != a) copyLimbs(limbPtr(r, i), limbPtr(a, i), an - i);
      return 0;
    }
    const t = <u64>limbAt(a, i) - borrow;
    setLimb(r, i, <u32>t);
    borrow = t >> 63;
  }
  return <u32>borrow;
}

/** r[0..n) += v; returns the carry out. */
function incrementMag(r: usize, n: i32, v: u32): u32 {
  let carry = <u64>v;
  for (let i = 0; i < n && carry != 0; i++) {
    carry += <u64>limbAt(r, i);
    setLimb(r, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

/** r[0..n) -= 1; the caller guarantees r is not zero. */
function decrementMag(r: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const v = limbAt(r, i);
    setLimb(r, i, v - 1);
    if (v != 0) return;
  }
}

/** r[0..n) = a * m; returns the high limb. r may alias a. */
function mulLimb(r: usize, a: usize, n: i32, m: u32): u32 {
  const mm = <u64>m;
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    carry += <u64>limbAt(a, i) * mm;
    setLimb(r, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

/** r[0..n) += a * m; returns the carry limb. */
function mulLimbAdd(r: usize, a: usize, n: i32, m: u32): u32 {
  const mm = <u64>m;
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    carry += <u64>limbAt(a, i) * mm + <u64>limbAt(r, i);
    setLimb(r, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

/** r[0..n) -= a * m; returns the borrow limb. */
function mulLimbSub(r: usize, a: usize, n: i32, m: u32): u32 {
  const mm = <u64>m;
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    const p = <u64>limbAt(a, i) * mm + carry;
    const old = limbAt(r, i);
    const t = old - <u32>p;
    setLimb(r, i, t);
    carry = (p >> 32) + <u64>(t > old);
  }
  return <u32>carry;
}

/** r[0..n) = a << bits for 0 < bits < 32 and n >= 1; returns the bits shifted out. Safe for r >= a. */
function shlBits(r: usize, a: usize, n: i32, bits: u32): u32 {
  const back = 32 - bits;
  const out = limbAt(a, n - 1) >> back;
  for (let i = n - 1; i > 0; i--) {
    setLimb(r, i, (limbAt(a, i) << bits) | (limbAt(a, i - 1) >> back));
  }
  setLimb(r, 0, limbAt(a, 0) << bits);
  return out;
}

/** r[0..n) = a >> bits for 0 < bits < 32 and n >= 1. Safe for r <= a. */
function shrBits(r: usize, a: usize, n: i32, bits: u32): void {
  const back = 32 - bits;
  for (let i = 0; i < n - 1; i++) {
    setLimb(r, i, (limbAt(a, i) >> bits) | (limbAt(a, i + 1) << back));
  }
  setLimb(r, n - 1, limbAt(a, n - 1) >> bits);
}

/**
 * dst[0..dn) = src[0..sn) << shift, where the caller sized dst to hold the result
 * (dn >= sn + ceil(shift / 32)); the limbs above the result are zeroed.
 */
function shiftLeftInto(dst: usize, dn: i32, src: usize, sn: i32, shift: u64): void {
  const whole = <i32>(shift >> 5);
  const bits = <u32>(shift & 31);
  zeroLimbs(dst, dn);
  if (sn == 0) return;
  if (bits == 0) {
    copyLimbs(limbPtr(dst, whole), src, sn);
  } else {
    const out = shlBits(limbPtr(dst, whole), src, sn, bits);
    if (whole + sn < dn) setLimb(dst, whole + sn, out);
  }
}

/** r[0..an+bn) = a * b for an >= bn >= 1; r must not overlap a or b. */
function mulSchool(r: usize, a: usize, an: i32, b: usize, bn: i32): void {
  setLimb(r, an, mulLimb(r, a, an, limbAt(b, 0)));
  for (let j = 1; j < bn; j++) {
    setLimb(r, an + j, mulLimbAdd(limbPtr(r, j), a, an, limbAt(b, j)));
  }
}

/** r[0..2n) = a * a for n >= 1; r must not overlap a. Each cross product is computed once. */
function sqrSchool(r: usize, a: usize, n: i32): void {
  zeroLimbs(r, 2 * n);
  for (let i = 0; i < n - 1; i++) {
    setLimb(r, i + n, mulLimbAdd(limbPtr(r, 2 * i + 1), limbPtr(a, i + 1), n - i - 1, limbAt(a, i)));
  }
  shlBits(r, r, 2 * n, 1);
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    const v = <u64>limbAt(a, i);
    const sq = v * v;
    let t = <u64>limbAt(r, 2 * i) + (sq & 0xFFFFFFFF) + carry;
    setLimb(r, 2 * i, <u32>t);
    t = <u64>limbAt(r, 2 * i + 1) + (sq >> 32) + (t >> 32);
    setLimb(r, 2 * i + 1, <u32>t);
    carry = t >> 32;
  }
}

/** Scratch limbs needed by mulKaratsuba and sqrKaratsuba for n-limb operands. */
function karatsubaScratch(n: i32): i32 {
  if (n < min(KARATSUBA_THRESHOLD, KARATSUBA_SQR_THRESHOLD)) return 0;
  const hi = n - (n >> 1);
  return 4 * hi + max(karatsubaScratch(hi), 2 * hi + 1);
}

/**
 * r[0..xn) = |x - y| for y of yn <= xn limbs (neither need be normalised);
 * returns true when y > x.
 */
function absDiff(r: usize, x: usize, xn: i32, y: usize, yn: i32): bool {
  if (compareMag(x, significantLength(x, xn), y, significantLength(y, yn)) >= 0) {
    subMag(r, x, xn, y, yn);
    return false;
  }
  // y > x, so x's limbs at yn and above are zero.
  subMag(r, y, yn, x, yn);
  zeroLimbs(limbPtr(r, yn), xn - yn);
  return true;
}

/**
 * r[0..2n) = a * b for n-limb a and b. Subtractive Karatsuba: the middle product is
 * z0 + z2 - (a1 - a0)(b1 - b0), which keeps every operand at ceil(n/2) limbs.
 * r must not overlap a, b or scratch (karatsubaScratch(n) limbs).
 */
function mulKaratsuba(r: usize, a: usize, b: usize, n: i32, scratch: usize): void {
  if (n < KARATSUBA_THRESHOLD) {
    mulSchool(r, a, n, b, n);
    return;
  }
  const lo = n >> 1;
  const hi = n - lo;
  const a1 = limbPtr(a, lo);
  const b1 = limbPtr(b, lo);
  const z2 = limbPtr(r, 2 * lo);
  mulKaratsuba(r, a, b, lo, scratch);
  mulKaratsuba(z2, a1, b1, hi, scratch);
  const da = scratch;
  const db = limbPtr(scratch, hi);
  const m = limbPtr(scratch, 2 * hi);
  const rest = limbPtr(scratch, 4 * hi);
  const negA = absDiff(da, a1, hi, a, lo);
  const negB = absDiff(db, b1, hi, b, lo);
  mulKaratsuba(m, da, db, hi, rest);
  const mid = rest;
  setLimb(mid, 2 * hi, addMag(mid, z2, 2 * hi, r, 2 * lo));
  if (negA == negB) subMag(mid, mid, 2 * hi + 1, m, 2 * hi);
  else addMag(mid, mid, 2 * hi + 1, m, 2 * hi);
  addMag(limbPtr(r, lo), limbPtr(r, lo), 2 * n - lo, mid, 2 * hi + 1);
}

/** r[0..2n) = a * a, Karatsuba with three half-size squares; same contract as mulKaratsuba. */
function sqrKaratsuba(r: usize, a: usize, n: i32, scratch: usize): void {
  if (n < KARATSUBA_SQR_THRESHOLD) {
    sqrSchool(r, a, n);
    return;
  }
  const lo = n >> 1;
  const hi = n - lo;
  const a1 = limbPtr(a, lo);
  const z2 = limbPtr(r, 2 * lo);
  sqrKaratsuba(r, a, lo, scratch);
  sqrKaratsuba(z2, a1, hi, scratch);
  const da = scratch;
  const m = limbPtr(scratch, hi);
  const rest = limbPtr(scratch, 3 * hi);
  absDiff(da, a1, hi, a, lo);
  sqrKaratsuba(m, da, hi, rest);
  const mid = rest;
  setLimb(mid, 2 * hi, addMag(mid, z2, 2 * hi, r, 2 * lo));
  subMag(mid, mid, 2 * hi + 1, m, 2 * hi);
  addMag(limbPtr(r, lo), limbPtr(r, lo), 2 * n - lo, mid, 2 * hi + 1);
}

/**
 * r[0..an+bn) = a * b for an >= bn >= 1; r must not overlap a or b.
 * Unbalanced operands are cut into bn-limb slices of a so Karatsuba always sees equal sizes.
 */
function mulMag(r: usize, a: usize, an: i32, b: usize, bn: i32): void {
  if (a == b && an == bn) {
    if (an < KARATSUBA_SQR_THRESHOLD) {
      sqrSchool(r, a, an);
    } else {
      const scratch = new StaticArray<u32>(karatsubaScratch(an));
      sqrKaratsuba(r, a, an, dataOf(scratch));
    }
    return;
  }
  if (bn < KARATSUBA_THRESHOLD) {
    mulSchool(r, a, an, b, bn);
    return;
  }
  const scratch = new StaticArray<u32>(karatsubaScratch(bn));
  const sp = dataOf(scratch);
  if (an == bn) {
    mulKaratsuba(r, a, b, bn, sp);
    return;
  }
  zeroLimbs(r, an + bn);
  const part = new StaticArray<u32>(2 * bn);
  const pp = dataOf(part);
  let off = 0;
  for (; off + bn <= an; off += bn) {
    mulKaratsuba(pp, limbPtr(a, off), b, bn, sp);
    addMag(limbPtr(r, off), limbPtr(r, off), an + bn - off, pp, 2 * bn);
  }
  const rest = an - off;
  if (rest > 0) {
    mulMag(pp, b, bn, limbPtr(a, off), rest);
    addMag(limbPtr(r, off), limbPtr(r, off), an + bn - off, pp, bn + rest);
  }
}

/** q[0..n) = a / d; returns a % d (d != 0). q may alias a. */
function divLimb(q: usize, a: usize, n: i32, d: u32): u32 {
  const dd = <u64>d;
  let rem: u64 = 0;
  for (let i = n - 1; i >= 0; i--) {
    const cur = (rem << 32) | <u64>limbAt(a, i);
    const digit = cur / dd;
    setLimb(q, i, <u32>digit);
    rem = cur - digit * dd;
  }
  return <u32>rem;
}

/** a % d for d != 0, without storing the quotient. */
function remLimb(a: usize, n: i32, d: u32): u32 {
  const dd = <u64>d;
  let rem: u64 = 0;
  for (let i = n - 1; i >= 0; i--) rem = ((rem << 32) | <u64>limbAt(a, i)) % dd;
  return <u32>rem;
}

/**
 * Schoolbook long division, Knuth TAOCP vol. 2 section 4.3.1 algorithm D.
 * u has un limbs, v has vn >= 2 limbs with its top bit set, and the top vn limbs of u are
 * below v. Writes the un - vn quotient limbs to q and leaves the remainder in u[0..vn)
 * (u's limbs above are zeroed). q must not overlap u or v.
 */
function divKnuth(q: usize, u: usize, un: i32, v: usize, vn: i32): void {
  const vTop = <u64>limbAt(v, vn - 1);
  const vNext = <u64>limbAt(v, vn - 2);
  for (let j = un - vn - 1; j >= 0; j--) {
    const top = limbAt(u, j + vn);
    const num = (<u64>top << 32) | <u64>limbAt(u, j + vn - 1);
    let qhat = num / vTop;
    let rhat = num - qhat * vTop;
    const below = <u64>limbAt(u, j + vn - 2);
    while (qhat > 0xFFFFFFFF || qhat * vNext > ((rhat << 32) | below)) {
      qhat--;
      rhat += vTop;
      if (rhat > 0xFFFFFFFF) break;
    }
    const borrow = mulLimbSub(limbPtr(u, j), v, vn, <u32>qhat);
    if (borrow > top) {
      // The estimate was one too large (rare): add v back; the top limb's wrap cancels.
      qhat--;
      addMag(limbPtr(u, j), limbPtr(u, j), vn, v, vn);
    }
    setLimb(u, j + vn, 0);
    setLimb(q, j, <u32>qhat);
  }
}

/**
 * Burnikel-Ziegler "D_2n/1n": q[0..n) and r[0..n) receive a / b and a % b, where a has 2n
 * limbs, b has n limbs with its top bit set and a < b * B^n. None of q, r, a, b overlap.
 */
function divTwoByOne(q: usize, r: usize, a: usize, b: usize, n: i32): void {
  if ((n & 1) != 0 || n < BZ_BLOCK_LIMBS) {
    const u = new StaticArray<u32>(2 * n);
    const up = dataOf(u);
    copyLimbs(up, a, 2 * n);
    divKnuth(q, up, 2 * n, b, n);
    copyLimbs(r, up, n);
    return;
  }
  const h = n >> 1;
  const mid = new StaticArray<u32>(3 * h);
  const mp = dataOf(mid);
  divThreeByTwo(limbPtr(q, h), limbPtr(mp, h), limbPtr(a, h), b, h);
  copyLimbs(mp, a, h);
  divThreeByTwo(q, r, mp, b, h);
}

/**
 * Burnikel-Ziegler "D_3n/2n": q[0..h) and r[0..2h) receive a / b and a % b, where a has 3h
 * limbs, b has 2h limbs with its top bit set and a < b * B^h. None of q, r, a, b overlap.
 * The quotient is estimated from the top halves and is at most two too large.
 */
function divThreeByTwo(q: usize, r: usize, a: usize, b: usize, h: i32): void {
  const bHigh = limbPtr(b, h);
  // x = R1 * B^h + a_low, 2h + 1 limbs
  const x = new StaticArray<u32>(2 * h + 1);
  const xp = dataOf(x);
  if (compareSameLength(limbPtr(a, 2 * h), bHigh, h) < 0) {
    divTwoByOne(q, limbPtr(xp, h), limbPtr(a, h), bHigh, h);
  } else {
    // The quotient estimate saturates at B^h - 1; a's top part equals bHigh here, so
    // R1 = a_mid + bHigh.
    memory.fill(q, 0xFF, <usize>h << 2);
    setLimb(xp, 2 * h, addMag(limbPtr(xp, h), limbPtr(a, h), h, bHigh, h));
  }
  copyLimbs(xp, a, h);
  const d = new StaticArray<u32>(2 * h);
  const dp = dataOf(d);
  mulMag(dp, q, h, b, h);
  if (limbAt(xp, 2 * h) != 0 || compareSameLength(xp, dp, 2 * h) >= 0) {
    subMag(xp, xp, 2 * h + 1, dp, 2 * h);
    copyLimbs(r, xp, 2 * h);
    return;
  }
  // The estimate overshot: deficit = d - x, add b back until the remainder is non-negative.
  subMag(dp, dp, 2 * h, xp, 2 * h);
  while (true) {
    decrementMag(q, h);
    if (compareSameLength(dp, b, 2 * h) <= 0) {
      subMag(r, b, 2 * h, dp, 2 * h);
      return;
    }
    subMag(dp, dp, 2 * h, b, 2 * h);
  }
}

// ---------------------------------------------------------------------------------------------
// Float rounding helpers

/** 2^k as an f64, for -1074 <= k <= 1023. */
function powerOfTwo(k: i32): f64 {
  if (k >= -1022) return reinterpret<f64>(<u64>(k + 1023) << 52);
  return reinterpret<f64>(<u64>1 << <u64>(k + 1074));
}

/**
 * The f64 nearest to (x + s) * 2^exp2, ties to even, where s is 0 when !sticky and lies
 * strictly between 0 and 1 otherwise (the bits below x that were not kept). Handles
 * subnormal results; returns Infinity on overflow. Requires x > 0, or exp2 <= -1076.
 */
function roundScaled(x: u64, sticky: bool, exp2: i64): f64 {
  if (x == 0) return 0.0;
  const bits = <i64>(64 - clz<u64>(x));
  const topExp = bits - 1 + exp2;
  if (topExp > 1023) return Infinity;
  const ulpExp = max<i64>(topExp - 52, -1074);
  const drop = ulpExp - exp2;
  if (drop <= 0) return <f64>x * powerOfTwo(<i32>exp2);
  if (drop > 64) return 0.0;
  let kept: u64;
  let rest: u64;
  let half: u64;
  if (drop == 64) {
    kept = 0;
    rest = x;
    half = <u64>1 << 63;
  } else {
    kept = x >> <u64>drop;
    rest = x & ((<u64>1 << <u64>drop) - 1);
    half = <u64>1 << <u64>(drop - 1);
  }
  if (rest > half || (rest == half && (sticky || (kept & 1) != 0))) kept++;
  return <f64>kept * powerOfTwo(<i32>ulpExp);
}

// ---------------------------------------------------------------------------------------------
// Text helpers

// Code points of the digit zero of every Unicode (15.0, as in CPython 3.12) decimal-digit run
// outside ASCII; each run holds the ten digits 0..9. Regenerated and checked by
// test/unit/bigint.regen.py against unicodedata.decimal.
// @ts-ignore: decorator
@lazy const UNICODE_DIGIT_ZEROS = memory.data<u32>([
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
  0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
  0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
  0x1fbf0,
]);
// @ts-ignore: decorator
@inline const UNICODE_DIGIT_RUNS: i32 = 67;

/** Decimal value of a non-ASCII Unicode decimal digit, or -1. */
function unicodeDecimalValue(c: u32): i32 {
  let lo = 0;
  let hi = UNICODE_DIGIT_RUNS - 1;
  if (c < load<u32>(UNICODE_DIGIT_ZEROS)) return -1;
  // Find the last run starting at or below c.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (load<u32>(UNICODE_DIGIT_ZEROS + (<usize>mid << 2)) <= c) lo = mid;
    else hi = mid - 1;
  }
  const offset = c - load<u32>(UNICODE_DIGIT_ZEROS + (<usize>lo << 2));
  return offset < 10 ? <i32>offset : -1;
}

/** Py_UNICODE_ISSPACE for code points >= 127 (the ASCII ones are handled by the caller). */
function isUnicodeSpace(c: u32): bool {
  if (c < 0x2000) return c == 0x85 || c == 0xA0 || c == 0x1680;
  return c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/** C isspace() on ASCII, as used by CPython's PyLong_FromString. */
function isAsciiSpace(c: u32): bool {
  return c == 0x20 || (c >= 0x09 && c <= 0x0D);
}

/** Value of an ASCII digit or letter in bases up to 36; 99 for anything else. */
function digitValue(c: u32): u32 {
  if (c - 0x30 < 10) return c - 0x30;
  const lower = c | 0x20;
  if (lower - 0x61 < 26) return lower - 0x61 + 10;
  return 99;
}

/** Largest k with radix^k < 2^32. */
function digitsPerLimb(radix: i32): i32 {
  let k = 0;
  let p: u64 = 1;
  while (p * <u64>radix <= 0xFFFFFFFF) {
    p *= <u64>radix;
    k++;
  }
  return k;
}

function powerOfRadix(radix: i32, k: i32): u32 {
  let p: u32 = 1;
  for (let i = 0; i < k; i++) p *= <u32>radix;
  return p;
}

/** A literal after the text rules: digit values (no underscores), sign and effective base. */
class ParsedLiteral {
  digits: StaticArray<u8>;
  count: i32 = 0;
  base: i32 = 10;
  negative: bool = false;

  constructor(capacity: i32) {
    this.digits = new StaticArray<u8>(capacity);
  }
}

/**
 * Applies CPython 3.12's int(s, base) text rules (PyLong_FromUnicodeObject: non-ASCII
 * decimal digits and whitespace are first mapped to ASCII, then PyLong_FromString's rules):
 * surrounding whitespace, one sign, an optional 0x/0o/0b prefix matching the base (base 0
 * infers it and rejects nonzero literals with leading zeros), single underscores between
 * digits or right after a prefix. Returns null when s is not a valid literal.
 */
function parseLiteral(s: string, base: i32): ParsedLiteral | null {
  if (base != 0 && (base < 2 || base > 36)) return null;
  const n = s.length;
  const text = new StaticArray<u8>(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    let c = <u32>s.charCodeAt(i);
    if (c < 127) {
      unchecked(text[len++] = <u8>c);
      continue;
    }
    if (c - 0xD800 < 0x400 && i + 1 < n) {
      const low = <u32>s.charCodeAt(i + 1);
      if (low - 0xDC00 < 0x400) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i++;
      }
    }
    if (isUnicodeSpace(c)) {
      unchecked(text[len++] = 0x20);
      continue;
    }
    const d = unicodeDecimalValue(c);
    // CPython maps anything else to '?', which no rule accepts.
    if (d < 0) return null;
    unchecked(text[len++] = <u8>(0x30 + d));
  }

  let p = 0;
  while (p < len && isAsciiSpace(unchecked(text[p]))) p++;
  const result = new ParsedLiteral(len - p);
  if (p < len && (unchecked(text[p]) == 0x2B || unchecked(text[p]) == 0x2D)) {
    result.negative = unchecked(text[p]) == 0x2D;
    p++;
  }
  let mustBeZero = false;
  const next: u32 = p + 1 < len ? <u32>unchecked(text[p + 1]) | 0x20 : 0;
  const leadingZero = p < len && unchecked(text[p]) == 0x30;
  if (base == 0) {
    if (!leadingZero) base = 10;
    else if (next == 0x78) base = 16;
    else if (next == 0x6F) base = 8;
    else if (next == 0x62) base = 2;
    else {
      // An old C-style octal literal ("010") is rejected, but "0", "00" and "0_0" are zero.
      base = 10;
      mustBeZero = true;
    }
  }
  if (leadingZero && ((base == 16 && next == 0x78) || (base == 8 && next == 0x6F) || (base == 2 && next == 0x62))) {
    p += 2;
    if (p < len && unchecked(text[p]) == 0x5F) p++;
  }
  result.base = base;

  const digits = result.digits;
  let count = 0;
  let nonzero = false;
  if (p >= len || digitValue(unchecked(text[p])) >= <u32>base) return null;
  while (p < len) {
    let c = <u32>unchecked(text[p]);
    if (c == 0x5F) {
      p++;
      if (p >= len) return null;
      c = <u32>unchecked(text[p]);
      if (digitValue(c) >= <u32>base) return null;
    }
    const v = digitValue(c);
    if (v >= <u32>base) break;
    if (v != 0) nonzero = true;
    unchecked(digits[count++] = <u8>v);
    p++;
  }
  while (p < len && isAsciiSpace(unchecked(text[p]))) p++;
  if (p != len) return null;
  if (mustBeZero && nonzero) return null;
  result.count = count;
  return result;
}

// ---------------------------------------------------------------------------------------------
// BigNum

// @ts-ignore: decorator
@lazy const NO_LIMBS = new StaticArray<u32>(0);

/** A BigNum from limbs[0..size), trimming high zero limbs; copies when most of the array is unused. */
function makeNum(limbs: StaticArray<u32>, size: i32, negative: bool): BigNum {
  size = significantLength(dataOf(limbs), size);
  if (size == 0) return new BigNum(NO_LIMBS, 0, false);
  if (limbs.length > 2 * size + 4) {
    const exact = new StaticArray<u32>(size);
    copyLimbs(dataOf(exact), dataOf(limbs), size);
    limbs = exact;
  }
  return new BigNum(limbs, size, negative);
}

function zeroNum(): BigNum {
  return new BigNum(NO_LIMBS, 0, false);
}

function magnitudeFromU64(v: u64, negative: bool): BigNum {
  if (v == 0) return zeroNum();
  const limbs = new StaticArray<u32>(2);
  unchecked(limbs[0] = <u32>v);
  unchecked(limbs[1] = <u32>(v >> 32));
  return new BigNum(limbs, v >> 32 != 0 ? 2 : 1, negative);
}

/** |a| + |b| with the given sign. */
function addMagnitudes(a: BigNum, b: BigNum, negative: bool): BigNum {
  if (a.size < b.size) {
    const t = a;
    a = b;
    b = t;
  }
  if (b.size == 0) return new BigNum(a.limbs, a.size, a.size != 0 && negative);
  const r = new StaticArray<u32>(a.size + 1);
  const rp = dataOf(r);
  setLimb(rp, a.size, addMag(rp, dataOf(a.limbs), a.size, dataOf(b.limbs), b.size));
  return makeNum(r, a.size + 1, negative);
}

/** |a| - |b| when negate is false, |b| - |a| when it is true. */
function subMagnitudes(a: BigNum, b: BigNum, negate: bool): BigNum {
  const c = compareMag(dataOf(a.limbs), a.size, dataOf(b.limbs), b.size);
  if (c == 0) return zeroNum();
  if (c < 0) {
    const t = a;
    a = b;
    b = t;
    negate = !negate;
  }
  if (b.size == 0) return new BigNum(a.limbs, a.size, negate);
  const r = new StaticArray<u32>(a.size);
  subMag(dataOf(r), dataOf(a.limbs), a.size, dataOf(b.limbs), b.size);
  return makeNum(r, a.size, negate);
}

function mulMagnitudes(a: BigNum, b: BigNum, negative: bool): BigNum {
  if (a.size == 0 || b.size == 0) return zeroNum();
  if (a.size < b.size) {
    const t = a;
    a = b;
    b = t;
  }
  const n = a.size + b.size;
  const r = new StaticArray<u32>(n);
  mulMag(dataOf(r), dataOf(a.limbs), a.size, dataOf(b.limbs), b.size);
  return makeNum(r, n, negative);
}

function squareMagnitude(a: BigNum): BigNum {
  if (a.size == 0) return zeroNum();
  const n = 2 * a.size;
  const r = new StaticArray<u32>(n);
  const ap = dataOf(a.limbs);
  mulMag(dataOf(r), ap, a.size, ap, a.size);
  return makeNum(r, n, false);
}

/** |a| << shift. */
function shiftLeftMagnitude(a: BigNum, shift: u64, negative: bool): BigNum {
  if (a.size == 0) return zeroNum();
  const n = a.size + <i32>(shift >> 5) + 1;
  const r = new StaticArray<u32>(n);
  shiftLeftInto(dataOf(r), n, dataOf(a.limbs), a.size, shift);
  return makeNum(r, n, negative);
}

/** floor(|a| / 2^shift). */
function shiftRightMagnitude(a: BigNum, shift: u64): BigNum {
  if (shift >= bitLengthOf(dataOf(a.limbs), a.size)) return zeroNum();
  const whole = <i32>(shift >> 5);
  const bits = <u32>(shift & 31);
  const n = a.size - whole;
  const r = new StaticArray<u32>(n);
  const src = limbPtr(dataOf(a.limbs), whole);
  if (bits == 0) copyLimbs(dataOf(r), src, n);
  else shrBits(dataOf(r), src, n, bits);
  return makeNum(r, n, false);
}

/** True when any of the low `shift` bits of |a| is set. */
function lowBitsNonzero(a: BigNum, shift: u64): bool {
  const p = dataOf(a.limbs);
  const whole = <i32>min<u64>(shift >> 5, <u64>a.size);
  for (let i = 0; i < whole; i++) if (limbAt(p, i) != 0) return true;
  const bits = <u32>(shift & 31);
  if (bits != 0 && whole < a.size) return (limbAt(p, whole) & ((<u32>1 << bits) - 1)) != 0;
  return false;
}

/** Quotient and remainder of |a| / |b| (b != 0), both non-negative. */
function divModMagnitudes(a: BigNum, b: BigNum): BigDivMod {
  const an = a.size;
  const bn = b.size;
  const ap = dataOf(a.limbs);
  const bp = dataOf(b.limbs);
  if (compareMag(ap, an, bp, bn) < 0) return new BigDivMod(zeroNum(), new BigNum(a.limbs, an, false));
  if (bn == 1) {
    const q = new StaticArray<u32>(an);
    const rem = divLimb(dataOf(q), ap, an, limbAt(bp, 0));
    return new BigDivMod(makeNum(q, an, false), magnitudeFromU64(rem, false));
  }
  if (bn >= BZ_THRESHOLD && an - bn >= BZ_THRESHOLD) return divModRecursive(ap, an, bp, bn);
  const shift = clz<u32>(limbAt(bp, bn - 1));
  const v = new StaticArray<u32>(bn);
  const u = new StaticArray<u32>(an + 1);
  shiftLeftInto(dataOf(v), bn, bp, bn, shift);
  shiftLeftInto(dataOf(u), an + 1, ap, an, shift);
  const q = new StaticArray<u32>(an + 1 - bn);
  divKnuth(dataOf(q), dataOf(u), an + 1, dataOf(v), bn);
  if (shift != 0) shrBits(dataOf(u), dataOf(u), bn, shift);
  return new BigDivMod(makeNum(q, an + 1 - bn, false), makeNum(u, bn, false));
}

/**
 * Burnikel-Ziegler division of a (an limbs) by b (bn limbs), both normalised magnitudes.
 * b is shifted to exactly n = j * 2^k limbs with its top bit set (j below BZ_BLOCK_LIMBS, so the
 * recursion bottoms out in Knuth division), a by the same amount, and a is then divided in
 * n-limb blocks from the top, each step a D_2n/1n.
 */
function divModRecursive(ap: usize, an: i32, bp: usize, bn: i32): BigDivMod {
  let blocks = 1;
  while (blocks * BZ_BLOCK_LIMBS <= bn) blocks <<= 1;
  const j = (bn + blocks - 1) / blocks;
  const n = j * blocks;
  const shift = <u64>((n - bn) * 32 + clz<u32>(limbAt(bp, bn - 1)));
  const bs = new StaticArray<u32>(n);
  const bsp = dataOf(bs);
  shiftLeftInto(bsp, n, bp, bn, shift);
  const aBits = bitLengthOf(ap, an) + shift;
  // t blocks of n limbs, with a's top bit below the top block's top bit so the first
  // two-block window is below bs * B^n.
  let t = <i32>((aBits + 1 + <u64>(32 * n) - 1) / <u64>(32 * n));
  if (t < 2) t = 2;
  const as = new StaticArray<u32>(t * n);
  const asp = dataOf(as);
  shiftLeftInto(asp, t * n, ap, an, shift);
  const q = new StaticArray<u32>((t - 1) * n);
  const qp = dataOf(q);
  const window = new StaticArray<u32>(2 * n);
  const wp = dataOf(window);
  const r = new StaticArray<u32>(n);
  const rp = dataOf(r);
  copyLimbs(wp, limbPtr(asp, (t - 2) * n), 2 * n);
  for (let i = t - 2; i >= 0; i--) {
    divTwoByOne(limbPtr(qp, i * n), rp, wp, bsp, n);
    if (i > 0) {
      copyLimbs(limbPtr(wp, n), rp, n);
      copyLimbs(wp, limbPtr(asp, (i - 1) * n), n);
    }
  }
  const rem = shiftRightMagnitude(makeNum(r, n, false), shift);
  return new BigDivMod(makeNum(q, (t - 1) * n, false), rem);
}

/** Floor division and modulo from the truncated magnitudes, Python's sign rules. */
function floorDivMod(a: BigNum, b: BigNum): BigDivMod {
  const qr = divModMagnitudes(a, b);
  let q = qr.quotient;
  let r = qr.remainder;
  if (a.negative != b.negative) {
    if (r.size != 0) {
      q = addMagnitudes(q, magnitudeFromU64(1, false), true);
      r = subMagnitudes(b, r, false);
    } else {
      q = new BigNum(q.limbs, q.size, q.size != 0);
    }
  }
  if (b.negative && r.size != 0) r = new BigNum(r.limbs, r.size, true);
  return new BigDivMod(q, r);
}

/**
 * Two's-complement bitwise operation on infinite precision: each operand is read as
 * limbs of its two's complement (negatives converted on the fly, ~m + 1), one limb wider
 * than both so the top limb is pure sign; a negative result is converted back.
 */
function bitwise(a: BigNum, b: BigNum, op: i32): BigNum {
  const n = max(a.size, b.size) + 1;
  const r = new StaticArray<u32>(n);
  const rp = dataOf(r);
  const ap = dataOf(a.limbs);
  const bp = dataOf(b.limbs);
  let carryA: u64 = 1;
  let carryB: u64 = 1;
  for (let i = 0; i < n; i++) {
    let x: u32 = i < a.size ? limbAt(ap, i) : 0;
    let y: u32 = i < b.size ? limbAt(bp, i) : 0;
    if (a.negative) {
      carryA += <u64>(~x);
      x = <u32>carryA;
      carryA >>= 32;
    }
    if (b.negative) {
      carryB += <u64>(~y);
      y = <u32>carryB;
      carryB >>= 32;
    }
    let z: u32;
    if (op == 0) z = x & y;
    else if (op == 1) z = x | y;
    else z = x ^ y;
    setLimb(rp, i, z);
  }
  const negative = (limbAt(rp, n - 1) >> 31) != 0;
  if (negative) {
    let carry: u64 = 1;
    for (let i = 0; i < n; i++) {
      carry += <u64>(~limbAt(rp, i));
      setLimb(rp, i, <u32>carry);
      carry >>= 32;
    }
  }
  return makeNum(r, n, negative);
}

function bitAt(p: usize, i: u64): u32 {
  return (limbAt(p, <i32>(i >> 5)) >> <u32>(i & 31)) & 1;
}

/**
 * Modular arithmetic on residues modulo an odd or even positive m, used by powMod. Odd
 * multi-limb moduli use Montgomery form (residue x stands for x * B^n mod m) so reducing a
 * product costs one multiply-accumulate pass instead of a long division.
 */
class ModArith {
  m: BigNum;
  n: i32;
  montgomery: bool;
  inverse: u32 = 0;

  constructor(m: BigNum) {
    this.m = m;
    this.n = m.size;
    this.montgomery = (unchecked(m.limbs[0]) & 1) != 0 && m.size >= 2;
    if (this.montgomery) {
      // -m^-1 mod 2^32 by Newton iteration: each step doubles the correct low bits.
      const m0 = unchecked(m.limbs[0]);
      let inv: u32 = m0;
      for (let i = 0; i < 5; i++) inv *= 2 - m0 * inv;
      this.inverse = 0 - inv;
    }
  }

  /** Residue of x, 0 <= x < m. */
  enter(x: BigNum): BigNum {
    if (!this.montgomery) return x;
    return divModMagnitudes(shiftLeftMagnitude(x, <u64>this.n << 5, false), this.m).remainder;
  }

  leave(x: BigNum): BigNum {
    if (!this.montgomery) return x;
    const t = new StaticArray<u32>(2 * this.n + 1);
    copyLimbs(dataOf(t), dataOf(x.limbs), x.size);
    return this.reduce(t);
  }

  mul(x: BigNum, y: BigNum): BigNum {
    if (!this.montgomery) return divModMagnitudes(mulMagnitudes(x, y, false), this.m).remainder;
    if (x.size == 0 || y.size == 0) return zeroNum();
    const t = new StaticArray<u32>(2 * this.n + 1);
    if (x.size >= y.size) mulMag(dataOf(t), dataOf(x.limbs), x.size, dataOf(y.limbs), y.size);
    else mulMag(dataOf(t), dataOf(y.limbs), y.size, dataOf(x.limbs), x.size);
    return this.reduce(t);
  }

  /** Montgomery reduction (REDC) of t < m * B^n held in 2n + 1 limbs: t / B^n mod m. */
  reduce(t: StaticArray<u32>): BigNum {
    const n = this.n;
    const tp = dataOf(t);
    const mp = dataOf(this.m.limbs);
    for (let i = 0; i < n; i++) {
      const factor = limbAt(tp, i) * this.inverse;
      const carry = mulLimbAdd(limbPtr(tp, i), mp, n, factor);
      incrementMag(limbPtr(tp, i + n), n + 1 - i, carry);
    }
    const hp = limbPtr(tp, n);
    if (limbAt(hp, n) != 0 || compareSameLength(hp, mp, n) >= 0) subMag(hp, hp, n + 1, mp, n);
    const r = new StaticArray<u32>(n);
    copyLimbs(dataOf(r), hp, n);
    return makeNum(r, n, false);
  }
}

/**
 * r[0..n) = mx * x - my * y for n-limb x and y, where the caller knows the result is
 * non-negative and below B^n (Lehmer's matrix step, one row at a time).
 */
function mulSubCombination(r: usize, x: usize, mx: u32, y: usize, my: u32, n: i32): void {
  const ax = <u64>mx;
  const ay = <u64>my;
  let carryX: u64 = 0;
  let carryY: u64 = 0;
  let borrow: u64 = 0;
  for (let i = 0; i < n; i++) {
    const px = <u64>limbAt(x, i) * ax + carryX;
    const py = <u64>limbAt(y, i) * ay + carryY;
    carryX = px >> 32;
    carryY = py >> 32;
    const d = (px & 0xFFFFFFFF) - (py & 0xFFFFFFFF) - borrow;
    setLimb(r, i, <u32>d);
    borrow = d >> 63;
  }
}

/** Bits [shift, shift + 62) of the n-limb p, for shift >= 0; limbs past n read as zero. */
function leadingBits(p: usize, n: i32, shift: u64): u64 {
  const i = <i32>(shift >> 5);
  const offset = <u64>(shift & 31);
  const l0 = i < n ? <u64>limbAt(p, i) : 0;
  const l1 = i + 1 < n ? <u64>limbAt(p, i + 1) : 0;
  const l2 = i + 2 < n ? <u64>limbAt(p, i + 2) : 0;
  let v = (l0 | (l1 << 32)) >> offset;
  if (offset != 0) v |= l2 << (64 - offset);
  return v & 0x3FFFFFFFFFFFFFFF;
}

/**
 * gcd of magnitudes by Lehmer's algorithm (Knuth TAOCP vol. 2, 4.5.2, algorithm L): Euclid's
 * quotients are found from the leading 62 bits of u and v while both bounds (u+A)/(v+C) and
 * (u+B)/(v+D) agree, the cofactors kept below 2^31; then one pass applies the accumulated
 * 2x2 matrix to the full numbers. Each pass removes up to ~31 bits for O(n) work, against
 * one allocation-heavy long division per quotient for plain Euclid.
 */
function gcdMagnitudes(a: BigNum, b: BigNum): BigNum {
  if (compareMag(dataOf(a.limbs), a.size, dataOf(b.limbs), b.size) < 0) {
    const t = a;
    a = b;
    b = t;
  }
  if (b.size > 2) {
    const cap = a.size;
    let u = new StaticArray<u32>(cap);
    let v = new StaticArray<u32>(cap);
    let nextU = new StaticArray<u32>(cap);
    let nextV = new StaticArray<u32>(cap);
    copyLimbs(dataOf(u), dataOf(a.limbs), a.size);
    copyLimbs(dataOf(v), dataOf(b.limbs), b.size);
    let un = a.size;
    let vn = b.size;
    while (vn > 2) {
      const shift = bitLengthOf(dataOf(u), un) - 62;
      let x = <i64>leadingBits(dataOf(u), un, shift);
      let y = <i64>leadingBits(dataOf(v), vn, shift);
      let ca: i64 = 1;
      let cb: i64 = 0;
      let cc: i64 = 0;
      let cd: i64 = 1;
      while (y + cc > 0 && y + cd > 0) {
        const q = (x + ca) / (y + cc);
        if (q != (x + cb) / (y + cd) || q > 0x7FFFFFFF) break;
        const nc = ca - q * cc;
        const nd = cb - q * cd;
        if (nc > 0x7FFFFFFF || nc < -0x7FFFFFFF || nd > 0x7FFFFFFF || nd < -0x7FFFFFFF) break;
        ca = cc;
        cb = cd;
        cc = nc;
        cd = nd;
        const t = x - q * y;
        x = y;
        y = t;
      }
      if (cb == 0) {
        // No quotient could be simulated (one is huge): take one full division step.
        const r = divModMagnitudes(new BigNum(u, un, false), new BigNum(v, vn, false)).remainder;
        const t = u;
        u = v;
        v = t;
        un = vn;
        zeroLimbs(dataOf(v), cap);
        copyLimbs(dataOf(v), dataOf(r.limbs), r.size);
        vn = r.size;
        continue;
      }
      // Within each cofactor pair (ca, cb) and (cc, cd) the signs are opposite (or one is
      // zero); both results are consecutive Euclid remainders, so non-negative and below u.
      if (cb <= 0) mulSubCombination(dataOf(nextU), dataOf(u), <u32>ca, dataOf(v), <u32>(-cb), un);
      else mulSubCombination(dataOf(nextU), dataOf(v), <u32>cb, dataOf(u), <u32>(-ca), un);
      if (cd <= 0) mulSubCombination(dataOf(nextV), dataOf(u), <u32>cc, dataOf(v), <u32>(-cd), un);
      else mulSubCombination(dataOf(nextV), dataOf(v), <u32>cd, dataOf(u), <u32>(-cc), un);
      let t = u;
      u = nextU;
      nextU = t;
      t = v;
      v = nextV;
      nextV = t;
      un = significantLength(dataOf(u), un);
      vn = significantLength(dataOf(v), un);
    }
    a = new BigNum(u, un, false);
    b = new BigNum(v, vn, false);
  }
  if (b.size == 0) return new BigNum(a.limbs, a.size, false);
  let y = <u64>unchecked(b.limbs[0]) | (b.size > 1 ? <u64>unchecked(b.limbs[1]) << 32 : 0);
  let x: u64;
  if (a.size > 2) {
    // One big-by-small step brings a below 2^64.
    x = y;
    const r = divModMagnitudes(a, b).remainder;
    y = r.size == 0 ? 0 : <u64>unchecked(r.limbs[0]) | (r.size > 1 ? <u64>unchecked(r.limbs[1]) << 32 : 0);
  } else {
    x = <u64>unchecked(a.limbs[0]) | (a.size > 1 ? <u64>unchecked(a.limbs[1]) << 32 : 0);
  }
  while (y != 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return magnitudeFromU64(x, false);
}

/** Small-integer square root for v < 2^64. */
function isqrtU64(v: u64): u64 {
  let r = <u64>Math.sqrt(<f64>v);
  // The float root can be off by one either way; correct it without overflowing.
  while (r > 0 && (r > 0xFFFFFFFF || r * r > v)) r--;
  while (r < 0xFFFFFFFF && (r + 1) * (r + 1) <= v) r++;
  return r;
}

/**
 * Writes exactly `width` digits of x (< radix^width, width a multiple of k) into buf ending at
 * index end, zero-padded on the left: chunks of k digits come from dividing by chunk = radix^k.
 */
function writeDigitsPadded(x: BigNum, buf: usize, end: i32, width: i32, k: i32, chunk: u32, radix: u32): void {
  const start = end - width;
  let pos = end;
  let len = x.size;
  if (len > 0) {
    const work = new StaticArray<u32>(len);
    const wp = dataOf(work);
    copyLimbs(wp, dataOf(x.limbs), len);
    while (len > 0) {
      let rem = divLimb(wp, wp, len, chunk);
      if (limbAt(wp, len - 1) == 0) len--;
      for (let i = 0; i < k; i++) {
        const d = rem % radix;
        rem /= radix;
        pos--;
        store<u16>(buf + (<usize>pos << 1), <u16>(d + (d < 10 ? 0x30 : 0x57)));
      }
    }
  }
  while (pos > start) {
    pos--;
    store<u16>(buf + (<usize>pos << 1), 0x30);
  }
}

/** Divide and conquer: writes exactly k * 2^(level+1) digits of x ending at buf[end). */
function writeDigitsRecursive(x: BigNum, level: i32, powers: Array<BigNum>, buf: usize, end: i32, k: i32, chunk: u32, radix: u32): void {
  const width = k << (level + 1);
  if (level < 0 || x.size < TO_STRING_DC_LIMBS) {
    writeDigitsPadded(x, buf, end, width, k, chunk, radix);
    return;
  }
  const qr = divModMagnitudes(x, unchecked(powers[level]));
  writeDigitsRecursive(qr.remainder, level - 1, powers, buf, end, k, chunk, radix);
  writeDigitsRecursive(qr.quotient, level - 1, powers, buf, end - (k << level), k, chunk, radix);
}

/** digits (values < base, most significant first) to a magnitude, for any base >= 2. */
function digitsToNum(digits: usize, count: i32, base: i32, powers: Array<BigNum>): BigNum {
  if ((base & (base - 1)) == 0) return digitsToNumPowerOfTwo(digits, count, base);
  if (count < FROM_STRING_DC_DIGITS) return digitsToNumSimple(digits, count, base);
  // Split so the low part has k * 2^i digits (i maximal below count), giving
  // value = high * base^(k * 2^i) + low with the power squared up once per call.
  const k = digitsPerLimb(base);
  if (powers.length == 0) powers.push(magnitudeFromU64(powerOfRadix(base, k), false));
  let level = 0;
  while ((k << (level + 1)) < count) {
    level++;
    if (powers.length <= level) powers.push(squareMagnitude(unchecked(powers[level - 1])));
  }
  const lowCount = k << level;
  const high = digitsToNum(digits, count - lowCount, base, powers);
  const low = digitsToNum(digits + <usize>(count - lowCount), lowCount, base, powers);
  return addMagnitudes(mulMagnitudes(high, unchecked(powers[level]), false), low, false);
}

function digitsToNumPowerOfTwo(digits: usize, count: i32, base: i32): BigNum {
  const bitsPerDigit = <u32>ctz<i32>(base);
  const n = <i32>((<u64>count * bitsPerDigit + 31) >> 5);
  const r = new StaticArray<u32>(n);
  const rp = dataOf(r);
  let acc: u64 = 0;
  let accBits: u32 = 0;
  let out = 0;
  for (let i = count - 1; i >= 0; i--) {
    acc |= <u64>load<u8>(digits + <usize>i) << accBits;
    accBits += bitsPerDigit;
    if (accBits >= 32) {
      setLimb(rp, out++, <u32>acc);
      acc >>= 32;
      accBits -= 32;
    }
  }
  if (accBits > 0) setLimb(rp, out++, <u32>acc);
  return makeNum(r, n, false);
}

/** Quadratic conversion: k digits at a time, value = value * base^k + chunk. */
function digitsToNumSimple(digits: usize, count: i32, base: i32): BigNum {
  const k = digitsPerLimb(base);
  const chunk = powerOfRadix(base, k);
  const bitsPerDigit = <u64>(32 - clz<u32>(<u32>base - 1));
  const cap = <i32>((<u64>count * bitsPerDigit + 31) >> 5) + 1;
  const r = new StaticArray<u32>(cap);
  const rp = dataOf(r);
  let len = 0;
  let pos = 0;
  let first = count % k;
  if (first == 0) first = k;
  while (pos < count) {
    const take = pos == 0 ? first : k;
    let v: u32 = 0;
    for (let i = 0; i < take; i++) v = v * <u32>base + <u32>load<u8>(digits + <usize>(pos + i));
    pos += take;
    let carry = <u64>v;
    const m = <u64>chunk;
    for (let i = 0; i < len; i++) {
      carry += <u64>limbAt(rp, i) * m;
      setLimb(rp, i, <u32>carry);
      carry >>= 32;
    }
    if (carry != 0) setLimb(rp, len++, <u32>carry);
  }
  return makeNum(r, cap, false);
}

/**
 * Python int value. Sign-magnitude over little-endian u32 limbs (see the file header).
 *
 * API (all static unless noted; every result is a new BigNum, operands are never modified):
 *  construction  fromI64, fromU64, fromF64, fromString, fromDigits, fromBytes
 *                digitLimitExceeded (for sys.set_int_max_str_digits)
 *  queries       (instance) isZero, isNeg, sign, fitsI64, toI64, bitLength, bitCount
 *                compare, equals, compareI64, compareF64
 *  arithmetic    add, sub, mul, neg, abs, floorDiv, floorMod, divmod, pow, powMod,
 *                modInverse, gcd, isqrt, shl, shr
 *  bitwise       and, or, xor, not
 *  conversion    (instance) toString, toF64, hash, toBytes; trueDiv
 */
export class BigNum {
  /** Magnitude limbs, little-endian; only [0, size) are meaningful. Never written after construction. */
  readonly limbs: StaticArray<u32>;
  /** Number of significant limbs; limbs[size - 1] != 0. */
  readonly size: i32;
  /** Sign; never true for zero. */
  readonly negative: bool;

  /** Raw constructor: the caller guarantees the representation invariants. */
  constructor(limbs: StaticArray<u32>, size: i32, negative: bool) {
    this.limbs = limbs;
    this.size = size;
    this.negative = negative;
  }

  // ---- construction ----

  static fromI64(v: i64): BigNum {
    return v < 0 ? magnitudeFromU64(<u64>0 - <u64>v, true) : magnitudeFromU64(<u64>v, false);
  }

  static fromU64(v: u64): BigNum {
    return magnitudeFromU64(v, false);
  }

  /** Truncates toward zero, like int(x). The caller guarantees x is finite. */
  static fromF64(x: f64): BigNum {
    const bits = reinterpret<u64>(x);
    const negative = (bits >> 63) != 0;
    const exponent = <i32>((bits >> 52) & 0x7FF);
    if (exponent < 1023) return zeroNum();
    const mantissa = (bits & 0xFFFFFFFFFFFFF) | 0x10000000000000;
    const shift = exponent - 1075;
    if (shift <= 0) return magnitudeFromU64(mantissa >> <u64>(-shift), negative);
    return shiftLeftMagnitude(magnitudeFromU64(mantissa, false), <u64>shift, negative);
  }

  /**
   * int(s, base) with CPython 3.12's text rules (see parseLiteral); base is 0 or 2..36.
   * Returns null when s is not a valid literal (or the base is out of range): the caller
   * raises ValueError. It does not apply sys.set_int_max_str_digits: see digitLimitExceeded.
   */
  static fromString(s: string, base: i32): BigNum | null {
    const lit = parseLiteral(s, base);
    if (lit === null) return null;
    const v = digitsToNum(changetype<usize>(lit.digits), lit.count, lit.base, new Array<BigNum>());
    if (lit.negative && v.size != 0) return new BigNum(v.limbs, v.size, true);
    return v;
  }

  /**
   * For int(s, base) under a digit limit: when s is a valid literal whose effective base is not
   * a power of two and which has more than maxDigits digits (underscores not counted),
   * returns that digit count (CPython raises "Exceeds the limit ... value has N digits" for
   * it before converting); returns 0 otherwise. Invalid literals return 0: fromString
   * then reports them, matching CPython's order of checks.
   */
  static digitLimitExceeded(s: string, base: i32, maxDigits: i32): i32 {
    const lit = parseLiteral(s, base);
    if (lit === null || (lit.base & (lit.base - 1)) == 0 || lit.count <= maxDigits) return 0;
    return lit.count;
  }

  /**
   * A clean literal from the compiler: digits of `base` (2..36, either letter case) with
   * optional underscores; no sign, prefix or whitespace.
   */
  static fromDigits(s: string, base: i32): BigNum {
    const n = s.length;
    const digits = new StaticArray<u8>(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const c = <u32>s.charCodeAt(i);
      if (c == 0x5F) continue;
      unchecked(digits[count++] = <u8>digitValue(c));
    }
    return digitsToNum(changetype<usize>(digits), count, base, new Array<BigNum>());
  }

  /** int.from_bytes(bytes, 'little' | 'big', signed=signed). */
  static fromBytes(bytes: StaticArray<u8>, littleEndian: bool, signed: bool): BigNum {
    const count = bytes.length;
    if (count == 0) return zeroNum();
    const n = (count + 3) >> 2;
    const r = new StaticArray<u32>(n);
    const rp = dataOf(r);
    const negative = signed && (littleEndian ? bytes[count - 1] : bytes[0]) >= 0x80;
    if (negative) memory.fill(rp, 0xFF, <usize>n << 2);
    for (let i = 0; i < count; i++) {
      const byte = unchecked(bytes[littleEndian ? i : count - 1 - i]);
      store<u8>(rp + <usize>i, byte);
    }
    if (negative) {
      // The value is sign-extended to whole limbs; its magnitude is ~v + 1.
      let carry: u64 = 1;
      for (let i = 0; i < n; i++) {
        carry += <u64>(~limbAt(rp, i));
        setLimb(rp, i, <u32>carry);
        carry >>= 32;
      }
    }
    return makeNum(r, n, negative);
  }

  // ---- queries ----

  isZero(): bool {
    return this.size == 0;
  }

  isNeg(): bool {
    return this.negative;
  }

  /** -1, 0 or 1. */
  sign(): i32 {
    return this.size == 0 ? 0 : this.negative ? -1 : 1;
  }

  fitsI64(): bool {
    if (this.size <= 1) return true;
    if (this.size > 2) return false;
    const top = unchecked(this.limbs[1]);
    if (top < 0x80000000) return true;
    return this.negative && top == 0x80000000 && unchecked(this.limbs[0]) == 0;
  }

  /** The low 64 bits of the two's-complement value (exact when fitsI64()). */
  toI64(): i64 {
    let v: u64 = 0;
    if (this.size > 0) v = <u64>unchecked(this.limbs[0]);
    if (this.size > 1) v |= <u64>unchecked(this.limbs[1]) << 32;
    return this.negative ? <i64>(<u64>0 - v) : <i64>v;
  }

  /** int.bit_length(): bits of the absolute value. */
  bitLength(): u64 {
    return bitLengthOf(dataOf(this.limbs), this.size);
  }

  /** int.bit_count(): set bits of the absolute value. */
  bitCount(): u64 {
    let total: u64 = 0;
    const p = dataOf(this.limbs);
    for (let i = 0; i < this.size; i++) total += <u64>popcnt<u32>(limbAt(p, i));
    return total;
  }

  /** -1, 0 or 1 as a <, ==, > b. */
  static compare(a: BigNum, b: BigNum): i32 {
    if (a.negative != b.negative) return a.negative ? -1 : 1;
    const c = compareMag(dataOf(a.limbs), a.size, dataOf(b.limbs), b.size);
    return a.negative ? -c : c;
  }

  static equals(a: BigNum, b: BigNum): bool {
    return a.negative == b.negative && compareMag(dataOf(a.limbs), a.size, dataOf(b.limbs), b.size) == 0;
  }

  /** compare(a, fromI64(v)) without allocating. */
  static compareI64(a: BigNum, v: i64): i32 {
    const sv = v > 0 ? 1 : v < 0 ? -1 : 0;
    const sa = a.sign();
    if (sa != sv) return sa < sv ? -1 : 1;
    if (sa == 0) return 0;
    let c: i32;
    if (a.size > 2) {
      c = 1;
    } else {
      const mv = v < 0 ? <u64>0 - <u64>v : <u64>v;
      let ma = <u64>unchecked(a.limbs[0]);
      if (a.size > 1) ma |= <u64>unchecked(a.limbs[1]) << 32;
      c = ma < mv ? -1 : ma > mv ? 1 : 0;
    }
    return sa < 0 ? -c : c;
  }

  /** Exact comparison with a float (as Python's int/float comparisons); x must not be NaN. */
  static compareF64(a: BigNum, x: f64): i32 {
    if (x == Infinity) return -1;
    if (x == -Infinity) return 1;
    const whole = Math.trunc(x);
    const c = BigNum.compare(a, BigNum.fromF64(whole));
    if (c != 0) return c;
    const frac = x - whole;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
  }

  // ---- arithmetic ----

  static add(a: BigNum, b: BigNum): BigNum {
    if (a.negative == b.negative) return addMagnitudes(a, b, a.negative);
    return subMagnitudes(a, b, a.negative);
  }

  static sub(a: BigNum, b: BigNum): BigNum {
    if (a.negative != b.negative) return addMagnitudes(a, b, a.negative);
    return subMagnitudes(a, b, a.negative);
  }

  static mul(a: BigNum, b: BigNum): BigNum {
    if (changetype<usize>(a.limbs) == changetype<usize>(b.limbs) && a.size == b.size) return squareMagnitude(a);
    return mulMagnitudes(a, b, a.negative != b.negative);
  }

  static neg(a: BigNum): BigNum {
    return new BigNum(a.limbs, a.size, a.size != 0 && !a.negative);
  }

  static abs(a: BigNum): BigNum {
    return new BigNum(a.limbs, a.size, false);
  }

  /** a // b; the caller checks b != 0. */
  static floorDiv(a: BigNum, b: BigNum): BigNum {
    return floorDivMod(a, b).quotient;
  }

  /** a % b (sign of b); the caller checks b != 0. */
  static floorMod(a: BigNum, b: BigNum): BigNum {
    if (b.size == 1) {
      // x % small is common enough to skip the quotient.
      const d = unchecked(b.limbs[0]);
      let r = remLimb(dataOf(a.limbs), a.size, d);
      if (r != 0 && a.negative != b.negative) r = d - r;
      return magnitudeFromU64(r, r != 0 && b.negative);
    }
    return floorDivMod(a, b).remainder;
  }

  /** divmod(a, b); the caller checks b != 0. */
  static divmod(a: BigNum, b: BigNum): BigDivMod {
    return floorDivMod(a, b);
  }

  /**
   * base ** exp. The caller bounds the result size (about bitLength(base) * exp bits) before
   * calling: allocation failure is not recoverable here.
   */
  static pow(base: BigNum, exp: u64): BigNum {
    if (exp == 0) return magnitudeFromU64(1, false);
    if (base.size == 0) return zeroNum();
    const negative = base.negative && (exp & 1) != 0;
    // base = odd * 2^zeros: the power of two becomes one shift at the end.
    const p = dataOf(base.limbs);
    let zeros: u64 = 0;
    let i = 0;
    while (limbAt(p, i) == 0) {
      zeros += 32;
      i++;
    }
    zeros += <u64>ctz<u32>(limbAt(p, i));
    const odd = shiftRightMagnitude(base, zeros);
    let result: BigNum;
    if (odd.size == 1 && unchecked(odd.limbs[0]) == 1) {
      result = magnitudeFromU64(1, false);
    } else {
      result = odd;
      let bit = 63 - <i32>clz<u64>(exp);
      while (--bit >= 0) {
        result = squareMagnitude(result);
        if (((exp >> <u64>bit) & 1) != 0) result = mulMagnitudes(result, odd, false);
      }
    }
    if (zeros != 0) result = shiftLeftMagnitude(result, zeros * exp, false);
    return new BigNum(result.limbs, result.size, negative);
  }

  /**
   * pow(base, exp, mod) for exp >= 0 and mod != 0 (the caller checks both; a negative
   * exponent is modInverse then powMod). The result has the sign of mod, like Python.
   */
  static powMod(base: BigNum, exp: BigNum, mod: BigNum): BigNum {
    const m = BigNum.abs(mod);
    if (m.size == 1 && unchecked(m.limbs[0]) == 1) return zeroNum();
    let b = floorDivMod(base, m).remainder;
    let r: BigNum;
    if (m.size == 1) {
      r = magnitudeFromU64(powModLimb(b, exp, unchecked(m.limbs[0])), false);
    } else if (exp.size == 0) {
      r = magnitudeFromU64(1, false);
    } else {
      r = powModWindowed(b, exp, new ModArith(m));
    }
    if (mod.negative && r.size != 0) return subMagnitudes(r, m, false);
    return r;
  }

  /**
   * pow(a, -1, m): x with a * x == 1 (mod m), in [0, |m|) for m > 0 and (m, 0] for m < 0;
   * null when gcd(a, m) != 1 (Python raises ValueError "base is not invertible for the
   * given modulus"). The caller checks m != 0.
   */
  static modInverse(a: BigNum, m: BigNum): BigNum | null {
    const n = BigNum.abs(m);
    if (n.size == 1 && unchecked(n.limbs[0]) == 1) return zeroNum();
    // Extended Euclid on (n, a mod n), tracking only a's coefficient.
    let r0 = n;
    let r1 = floorDivMod(a, n).remainder;
    let t0 = zeroNum();
    let t1 = magnitudeFromU64(1, false);
    while (r1.size != 0) {
      const qr = divModMagnitudes(r0, r1);
      r0 = r1;
      r1 = qr.remainder;
      const t2 = BigNum.sub(t0, BigNum.mul(qr.quotient, t1));
      t0 = t1;
      t1 = t2;
    }
    if (!(r0.size == 1 && unchecked(r0.limbs[0]) == 1)) return null;
    let x = floorDivMod(t0, n).remainder;
    if (m.negative && x.size != 0) x = subMagnitudes(x, n, false);
    return x;
  }

  /** math.gcd(a, b): non-negative. */
  static gcd(a: BigNum, b: BigNum): BigNum {
    if (a.size == 0) return BigNum.abs(b);
    if (b.size == 0) return BigNum.abs(a);
    return gcdMagnitudes(a, b);
  }

  /**
   * math.isqrt(a) for a >= 0 (the caller checks). Precision doubling: each step refines a
   * root of the top 2d bits of a into a root of the top 4d bits with one division.
   */
  static isqrt(a: BigNum): BigNum {
    if (a.size <= 2) return magnitudeFromU64(isqrtU64(<u64>a.toI64()), false);
    const c = (a.bitLength() - 1) >> 1;
    let root = magnitudeFromU64(1, false);
    let d: u64 = 0;
    let s = 63 - <i32>clz<u64>(c);
    while (s >= 0) {
      const e = d;
      d = c >> <u64>s;
      const quotient = divModMagnitudes(shiftRightMagnitude(a, 2 * c - e - d + 1), root).quotient;
      root = addMagnitudes(shiftLeftMagnitude(root, d - e - 1, false), quotient, false);
      s--;
    }
    const square = squareMagnitude(root);
    if (compareMag(dataOf(a.limbs), a.size, dataOf(square.limbs), square.size) < 0) {
      root = subMagnitudes(root, magnitudeFromU64(1, false), false);
    }
    return root;
  }

  /** a << n. The caller bounds the result size. */
  static shl(a: BigNum, n: u64): BigNum {
    if (n == 0) return new BigNum(a.limbs, a.size, a.negative);
    return shiftLeftMagnitude(a, n, a.negative);
  }

  /** a >> n, rounding toward negative infinity like Python. */
  static shr(a: BigNum, n: u64): BigNum {
    if (n == 0) return new BigNum(a.limbs, a.size, a.negative);
    const q = shiftRightMagnitude(a, n);
    if (!a.negative) return q;
    if (lowBitsNonzero(a, n)) return addMagnitudes(q, magnitudeFromU64(1, false), true);
    return new BigNum(q.limbs, q.size, q.size != 0);
  }

  // ---- bitwise (two's complement, infinite precision) ----

  static and(a: BigNum, b: BigNum): BigNum {
    return bitwise(a, b, 0);
  }

  static or(a: BigNum, b: BigNum): BigNum {
    return bitwise(a, b, 1);
  }

  static xor(a: BigNum, b: BigNum): BigNum {
    return bitwise(a, b, 2);
  }

  /** ~a == -a - 1. */
  static not(a: BigNum): BigNum {
    const one = magnitudeFromU64(1, false);
    if (a.negative) return subMagnitudes(a, one, false);
    return addMagnitudes(a, one, true);
  }

  // ---- conversion ----

  /**
   * Digits in radix 2..36 (lowercase, "-" for negatives, no prefix); any other radix is
   * treated as 10. Does not apply sys.set_int_max_str_digits: the caller compares the
   * length (without the sign) with the limit, or bounds bitLength() beforehand.
   */
  toString(radix: i32 = 10): string {
    if (radix < 2 || radix > 36) radix = 10;
    if (this.size == 0) return "0";
    const sign = this.negative ? 1 : 0;
    if ((radix & (radix - 1)) == 0) {
      const bitsPerDigit = <u64>ctz<i32>(radix);
      const digits = <i32>((this.bitLength() + bitsPerDigit - 1) / bitsPerDigit);
      const out = changetype<string>(__new(<usize>(digits + sign) << 1, idof<string>()));
      const op = changetype<usize>(out);
      if (sign) store<u16>(op, 0x2D);
      const p = dataOf(this.limbs);
      const mask = (<u32>1 << <u32>bitsPerDigit) - 1;
      for (let i = 0; i < digits; i++) {
        const bit = <u64>i * bitsPerDigit;
        const limb = <i32>(bit >> 5);
        const offset = <u32>(bit & 31);
        let v = limbAt(p, limb) >> offset;
        if (offset + <u32>bitsPerDigit > 32 && limb + 1 < this.size) v |= limbAt(p, limb + 1) << (32 - offset);
        v &= mask;
        store<u16>(op + (<usize>(sign + digits - 1 - i) << 1), <u16>(v + (v < 10 ? 0x30 : 0x57)));
      }
      return out;
    }
    const k = digitsPerLimb(radix);
    const chunk = powerOfRadix(radix, k);
    const x = BigNum.abs(this);
    let width: i32;
    let buffer: StaticArray<u16>;
    if (this.size < TO_STRING_DC_LIMBS) {
      // Each division by chunk removes at least floor(log2(chunk)) bits.
      const chunkBits = <u64>(31 - clz<u32>(chunk));
      width = k * (<i32>(this.bitLength() / chunkBits) + 1);
      buffer = new StaticArray<u16>(width);
      writeDigitsPadded(x, changetype<usize>(buffer), width, width, k, chunk, <u32>radix);
    } else {
      // powers[i] = chunk^(2^i); stop at the first level whose square exceeds x. A square of
      // an s-limb power is at least B^(2s-2), so sizes usually decide without squaring.
      const powers = new Array<BigNum>();
      powers.push(magnitudeFromU64(chunk, false));
      while (true) {
        const top = unchecked(powers[powers.length - 1]);
        if (2 * top.size - 2 >= x.size) break;
        const next = squareMagnitude(top);
        if (compareMag(dataOf(next.limbs), next.size, dataOf(x.limbs), x.size) > 0) break;
        powers.push(next);
      }
      const level = powers.length - 1;
      width = k << (level + 1);
      buffer = new StaticArray<u16>(width);
      writeDigitsRecursive(x, level, powers, changetype<usize>(buffer), width, k, chunk, <u32>radix);
    }
    const bp = changetype<usize>(buffer);
    let first = 0;
    while (first < width - 1 && load<u16>(bp + (<usize>first << 1)) == 0x30) first++;
    const len = width - first;
    const out = changetype<string>(__new(<usize>(len + sign) << 1, idof<string>()));
    const op = changetype<usize>(out);
    if (sign) store<u16>(op, 0x2D);
    memory.copy(op + (<usize>sign << 1), bp + (<usize>first << 1), <usize>len << 1);
    return out;
  }

  /** float(a), correctly rounded (ties to even); +-Infinity when too large (OverflowError). */
  toF64(): f64 {
    const n = this.size;
    const p = dataOf(this.limbs);
    let result: f64;
    if (n <= 2) {
      let magnitude: u64 = n > 0 ? <u64>limbAt(p, 0) : 0;
      if (n > 1) magnitude |= <u64>limbAt(p, 1) << 32;
      result = <f64>magnitude;
    } else {
      const bits = this.bitLength();
      // The top 64 bits, plus a sticky bit for everything below them.
      const shift = bits - 64;
      const whole = <i32>(shift >> 5);
      const offset = <u32>(shift & 31);
      let top = <u64>limbAt(p, whole) | (<u64>limbAt(p, whole + 1) << 32);
      if (offset != 0) top = (top >> <u64>offset) | (<u64>limbAt(p, whole + 2) << <u64>(64 - offset));
      const sticky = lowBitsNonzero(this, shift);
      result = roundScaled(top, sticky, <i64>shift);
    }
    return this.negative ? -result : result;
  }

  /** Python's hash(int): |a| mod (2^61 - 1) with a's sign, and -1 becomes -2. */
  hash(): i64 {
    const modulus: u64 = (<u64>1 << 61) - 1;
    const p = dataOf(this.limbs);
    let acc: u64 = 0;
    for (let i = this.size - 1; i >= 0; i--) {
      // acc * 2^32 mod (2^61 - 1) is a 32-bit rotation within 61 bits.
      acc = ((acc << 32) & modulus) | (acc >> 29);
      acc += <u64>limbAt(p, i);
      if (acc >= modulus) acc -= modulus;
    }
    let h = <i64>acc;
    if (this.negative) h = -h;
    return h == -1 ? -2 : h;
  }

  /**
   * int.to_bytes(length, 'little' | 'big', signed=signed). Returns null when the value does
   * not fit (OverflowError "int too big to convert"), also when it is negative and !signed:
   * check that first, CPython's message differs ("can't convert negative int to unsigned").
   * The caller checks length >= 0.
   */
  toBytes(length: i32, littleEndian: bool, signed: bool): StaticArray<u8> | null {
    if (length < 0) return null;
    if (this.negative && !signed) return null;
    const bits = this.bitLength();
    const room = <u64>length << 3;
    // CPython accepts (-1).to_bytes(0, signed=True) == b'' (no byte contradicts the sign).
    if (this.size != 0 && !(length == 0 && this.negative && this.size == 1 && unchecked(this.limbs[0]) == 1)) {
      if (!signed) {
        if (bits > room) return null;
      } else if (!this.negative) {
        if (bits >= room) return null;
      } else if (bits > room || (bits == room && this.bitCount() != 1)) {
        return null;
      }
    }
    const out = new StaticArray<u8>(length);
    const p = dataOf(this.limbs);
    const magBytes = this.size << 2;
    let carry: u32 = 1;
    for (let i = 0; i < length; i++) {
      let byte: u32 = i < magBytes ? <u32>load<u8>(p + <usize>i) : 0;
      if (this.negative) {
        byte = (~byte & 0xFF) + carry;
        carry = byte >> 8;
      }
      unchecked(out[littleEndian ? i : length - 1 - i] = <u8>byte);
    }
    return out;
  }

  /**
   * a / b as Python's int / int: the correctly rounded quotient (ties to even), +-Infinity
   * when too large (OverflowError), +-0.0 on underflow. The caller checks b != 0.
   */
  static trueDiv(a: BigNum, b: BigNum): f64 {
    const negative = a.negative != b.negative;
    let result: f64;
    if (a.size == 0) {
      result = 0.0;
    } else if (a.bitLength() <= 53 && b.bitLength() <= 53) {
      const ap = dataOf(a.limbs);
      const bp = dataOf(b.limbs);
      const x = <u64>limbAt(ap, 0) | (a.size > 1 ? <u64>limbAt(ap, 1) << 32 : 0);
      const y = <u64>limbAt(bp, 0) | (b.size > 1 ? <u64>limbAt(bp, 1) << 32 : 0);
      result = <f64>x / <f64>y;
    } else {
      const diff = <i64>a.bitLength() - <i64>b.bitLength();
      if (diff > 1025) {
        result = Infinity;
      } else {
        // Scale so the integer quotient keeps 55-56 bits (or the subnormal equivalent),
        // then round once with the remainder as sticky bit.
        const scale = max<i64>(diff, -1021) - 55;
        let num: BigNum;
        let sticky = false;
        if (scale >= 0) {
          num = shiftRightMagnitude(a, <u64>scale);
          sticky = lowBitsNonzero(a, <u64>scale);
        } else {
          num = shiftLeftMagnitude(a, <u64>(-scale), false);
        }
        const qr = divModMagnitudes(num, b);
        if (qr.remainder.size != 0) sticky = true;
        const q = <u64>qr.quotient.toI64();
        result = roundScaled(q, sticky, scale);
      }
    }
    return negative ? -result : result;
  }
}

/** Quotient and remainder of divmod. */
export class BigDivMod {
  readonly quotient: BigNum;
  readonly remainder: BigNum;

  constructor(quotient: BigNum, remainder: BigNum) {
    this.quotient = quotient;
    this.remainder = remainder;
  }
}

/** b^exp mod m for a one-limb m >= 2 and 0 <= b < m, in u64 arithmetic. */
function powModLimb(b: BigNum, exp: BigNum, m: u32): u64 {
  const mm = <u64>m;
  const base = b.size == 0 ? 0 : <u64>unchecked(b.limbs[0]);
  let r: u64 = 1 % mm;
  const ep = dataOf(exp.limbs);
  const bits = exp.bitLength();
  for (let i = <i64>bits - 1; i >= 0; i--) {
    r = (r * r) % mm;
    if (bitAt(ep, <u64>i) != 0) r = (r * base) % mm;
  }
  return r;
}

/**
 * b^exp in the residues of ctx, sliding-window exponentiation: odd powers b^1, b^3, ...,
 * b^(2^w - 1) are precomputed and each window of up to w exponent bits costs one multiply.
 */
function powModWindowed(b: BigNum, exp: BigNum, ctx: ModArith): BigNum {
  const bits = exp.bitLength();
  const w = bits < 24 ? 1 : bits < 80 ? 3 : bits < 240 ? 4 : bits < 672 ? 5 : 6;
  const base = ctx.enter(b);
  const table = new Array<BigNum>(1 << (w - 1));
  unchecked(table[0] = base);
  if (w > 1) {
    const square = ctx.mul(base, base);
    for (let i = 1; i < (1 << (w - 1)); i++) unchecked(table[i] = ctx.mul(unchecked(table[i - 1]), square));
  }
  const ep = dataOf(exp.limbs);
  let result = base;
  let started = false;
  let i = <i64>bits - 1;
  while (i >= 0) {
    if (bitAt(ep, <u64>i) == 0) {
      result = ctx.mul(result, result);
      i--;
      continue;
    }
    let j = max<i64>(i - w + 1, 0);
    while (bitAt(ep, <u64>j) == 0) j++;
    let value = 0;
    for (let t = i; t >= j; t--) value = (value << 1) | <i32>bitAt(ep, <u64>t);
    if (started) {
      for (let t = i; t >= j; t--) result = ctx.mul(result, result);
      result = ctx.mul(result, unchecked(table[value >> 1]));
    } else {
      result = unchecked(table[value >> 1]);
      started = true;
    }
    i = j - 1;
  }
  return ctx.leave(result);
}
