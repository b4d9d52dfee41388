// The math module: CPython 3.12's math functions with its argument handling and errors.
//
// Results must equal CPython's on Linux bit for bit, and CPython calls glibc's libm, built
// for x86-64 with fused multiply-adds (the FMA variants glibc selects at run time). So this
// file carries kernels written after glibc's algorithms, with every multiply-add the
// compiler contracts evaluated by the exact software fma() of runtime/methods/number.ts:
// exp, expm1, log1p, sin, cos (IBM Accurate Mathematical Library), cbrt, sinh, cosh, tanh,
// asinh, acosh, atanh, log10, erf, erfc; CPython's own kernels (gamma, lgamma, fsum, vector
// norms, sumprod, remainder); correctly rounded double-double versions of tan, atan, atan2,
// asin and acos (glibc's are correctly rounded except in rare cases, which are not
// reproduced: about 0.1-0.2% of arguments differ in the last bit). log, log2, exp2 and pow
// come from AssemblyScript's Math (the same ARM algorithms as glibc but without FMA; a few
// arguments in 10^4 differ in the last bit).
//
// Error rules are CPython's math_1/math_2: a NaN from non-NaN input is ValueError("math
// domain error"); an infinity from finite input is OverflowError("math range error") for
// functions that can overflow and ValueError otherwise. Kernels that report errno-style
// conditions set `mathErrno` (EDOM / ERANGE) as CPython's m_* helpers do.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, fromSmall, isFloat, floatOf, fromFloat, fromObj, objOf, fromBool,
} from "../objects/value";

import { PyStr, intern } from "../objects/str";
import { PyTuple, newTuple2 } from "../objects/tuple";
import { PyModule } from "../objects/function";
import { E } from "../objects/exceptions";
import {
  isIntValue, isExactInt, intToF64, intSign, intFitsI64, intToI64, intFromI64, toBig, fromBig, intSub,
  intCompare,
} from "../objects/int";
import { BigNum } from "../objects/bigint";
import { BinOp } from "../common/operators";
import { N } from "../runtime/names";
import { raise, typeError, typeName, valueError } from "../runtime/errors";
import { Args, parseArgs, noKeywords, checkPositional } from "../runtime/args";
import { index, binaryOp, callSpecial0, getIter, iterNext } from "../runtime/abstract";
import { sequenceToTuple } from "../runtime/collections";
import { newModule } from "../runtime/import";
import { defFunction } from "../runtime/builtins";
import {
  toDouble, conversionError, intFromFloat, vectorNorm, twoProduct, twoSum, fastTwoSum, lastLow, frexpExponent,
  fma,
} from "../runtime/methods/number";

// @ts-ignore: decorator
@inline function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

// ---- errno emulation ----

const EDOM: i32 = 1;
const ERANGE: i32 = 2;
let mathErrno: i32 = 0;

// @ts-ignore: decorator
@inline function isInf(x: f64): bool {
  return Math.abs(x) == Infinity;
}

function domainError(): Value {
  return raise(E.ValueError, "math domain error");
}

function rangeError(): Value {
  return raise(E.OverflowError, "math range error");
}

// CPython's is_error: ERANGE for results below 1.5 in magnitude is an underflow, not an error.
function errnoResult(r: f64): Value {
  if (mathErrno == EDOM) return domainError();
  if (mathErrno == ERANGE && Math.abs(r) >= 1.5) return rangeError();
  return fromFloat(r);
}

// ---- bit helpers ----

// @ts-ignore: decorator
@inline function highWord(x: f64): u32 {
  return <u32>(reinterpret<u64>(x) >> 32);
}

// @ts-ignore: decorator
@inline function lowWord(x: f64): u32 {
  return <u32>reinterpret<u64>(x);
}

// @ts-ignore: decorator
@inline function withHighWord(x: f64, hi: u32): f64 {
  return reinterpret<f64>((<u64>hi << 32) | (reinterpret<u64>(x) & 0xffff_ffff));
}

// @ts-ignore: decorator
@inline function fromWords(hi: u32, lo: u32): f64 {
  return reinterpret<f64>((<u64>hi << 32) | <u64>lo);
}

// frexp(x) mantissa in [0.5, 1) for finite non-zero x (the exponent is frexpExponent(x)).
function frexpMantissa(x: f64): f64 {
  return NativeMath.scalbn(x, -frexpExponent(x));
}

// ---- kernels after glibc (sysdeps/ieee754/dbl-64) ----

const CBRT2: f64 = 1.2599210498948731648;
const SQR_CBRT2: f64 = 1.5874010519681994748;

// glibc's cbrt: a polynomial first guess refined by one Halley step, then the exponent's
// remainder mod 3 folded in through a power of 2**(1/3).
export function libmCbrt(x: f64): f64 {
  if (x == 0 || !isFinite(x)) return x + x;
  const xe = frexpExponent(x);
  const xm = frexpMantissa(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  let factor: f64;
  switch (xe % 3) {
    case -2: factor = 1.0 / SQR_CBRT2; break;
    case -1: factor = 1.0 / CBRT2; break;
    case 1: factor = CBRT2; break;
    case 2: factor = SQR_CBRT2; break;
    default: factor = 1.0;
  }
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor;
  return NativeMath.scalbn(x > 0.0 ? ym : -ym, xe / 3);
}

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const INV_LN2: f64 = 1.44269504088896338700e+00;
const EXPM1_Q1: f64 = -3.33333333333331316428e-02;
const EXPM1_Q2: f64 = 1.58730158725481460165e-03;
const EXPM1_Q3: f64 = -7.93650757867487942473e-05;
const EXPM1_Q4: f64 = 4.00821782732936239552e-06;
const EXPM1_Q5: f64 = -2.01099218183624371326e-07;

// glibc's expm1 (fdlibm's, with Shimizu's regrouped polynomial) as its x86-64 FMA build
// evaluates it: each `a * b + c` the compiler contracts is an fma() here.
export function libmExpm1(x: f64): f64 {
  let hx = highWord(x);
  const negative = (hx & 0x8000_0000) != 0;
  hx &= 0x7fff_ffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff0_0000) {
        if (((hx & 0xfffff) | lowWord(x)) != 0) return x + x;
        return negative ? -1.0 : x;
      }
      if (x > 7.09782712893383973096e+02) {
        mathErrno = ERANGE;
        return Infinity;
      }
    }
    if (negative) return 1e-300 - 1.0;
  }
  let c: f64 = 0;
  let k: i32;
  if (hx > 0x3fd62e42) {
    let hi: f64;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI;
        x = hi - LN2_LO;
        c = (hi - x) - LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        x = hi + LN2_LO;
        c = (hi - x) + LN2_LO;
        k = -1;
      }
    } else {
      k = <i32>fma(INV_LN2, x, negative ? -0.5 : 0.5);
      const t = <f64>k;
      hi = fma(-t, LN2_HI, x);
      x = fma(-t, LN2_LO, hi);
      c = fma(-t, LN2_LO, hi - x);
    }
  } else if (hx < 0x3c90_0000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, EXPM1_Q1, 1.0);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, EXPM1_Q3, EXPM1_Q2);
  const h4 = h2 * h2;
  const R3 = fma(hxs, EXPM1_Q5, EXPM1_Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k == 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k == -1) return fma(0.5, x - e, -0.5);
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(2.0, x - e, 1.0);
  }
  let y: f64;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = withHighWord(y, highWord(y) + (<u32>k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(0x3ff0_0000 - (0x20_0000 >> <u32>k), 0);
    y = t - (e - x);
    y = withHighWord(y, highWord(y) + (<u32>k << 20));
  } else {
    t = fromWords(<u32>(0x3ff - k) << 20, 0);
    y = x - (e + t);
    y += 1.0;
    y = withHighWord(y, highWord(y) + (<u32>k << 20));
  }
  return y;
}

const LP1: f64 = 6.666666666666735130e-01;
const LP2: f64 = 3.999999999940941908e-01;
const LP3: f64 = 2.857142874366239149e-01;
const LP4: f64 = 2.222219843214978396e-01;
const LP5: f64 = 1.818357216161805012e-01;
const LP6: f64 = 1.531383769920937332e-01;
const LP7: f64 = 1.479819860511658591e-01;

// glibc's log1p (fdlibm's with a regrouped polynomial), FMA-contracted like its x86-64 build.
export function libmLog1p(x: f64): f64 {
  const hx = <i32>highWord(x);
  const ax = hx & 0x7fff_ffff;
  let k: i32 = 1;
  let f: f64 = 0;
  let c: f64 = 0;
  let hu: i32 = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff0_0000) {
      if (x == -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e20_0000) {
      if (ax < 0x3c90_0000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= <i32>0xbfd2bec3) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff0_0000) {
    return x + x;
  }
  if (k != 0) {
    let u: f64;
    if (hx < 0x4340_0000) {
      u = 1.0 + x;
      hu = <i32>highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = <i32>highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000f_ffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, <u32>(hu | 0x3ff0_0000));
    } else {
      k += 1;
      u = withHighWord(u, <u32>(hu | 0x3fe0_0000));
      hu = (0x0010_0000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  const dk = <f64>k;
  if (hu == 0) {
    if (f == 0) {
      if (k == 0) return 0.0;
      c = fma(dk, LN2_LO, c);
      return fma(dk, LN2_HI, c);
    }
    const R = hfsq * fma(-0.66666666666666666, f, 1.0);
    if (k == 0) return f - R;
    return fma(dk, LN2_HI, -((R - fma(dk, LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP3, LP2);
  const z4 = z2 * z2;
  const R3 = fma(z, LP5, LP4);
  const z6 = z4 * z2;
  const R4 = fma(z, LP7, LP6);
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  // The final combinations are not contracted in glibc's build (measured against CPython).
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + (dk * LN2_LO + c))) - f);
}

const LN2: f64 = 6.93147180559945286227e-01;

// glibc's acosh (fdlibm's).
export function libmAcosh(x: f64): f64 {
  const hx = <i32>highWord(x);
  if (hx < 0x3ff0_0000) return NaN;
  if (hx >= 0x41b0_0000) {
    if (hx >= 0x7ff0_0000) return x + x;
    return Math.log(x) + LN2;
  }
  if (x == 1.0) return 0.0;
  if (hx > 0x4000_0000) {
    const t = x * x;
    return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return libmLog1p(t + Math.sqrt(2.0 * t + t * t));
}

// glibc's asinh (fdlibm's).
export function libmAsinh(x: f64): f64 {
  const ix = highWord(x) & 0x7fff_ffff;
  if (ix < 0x3e30_0000) return x;
  let w: f64;
  if (ix > 0x41b0_0000) {
    if (ix >= 0x7ff0_0000) return x + x;
    w = Math.log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x4000_0000) {
      w = Math.log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else {
      const t = xa * xa;
      w = libmLog1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return copysign<f64>(w, x);
}

// glibc's atanh: log1p based, split at 0.5.
export function libmAtanh(x: f64): f64 {
  const xa = Math.abs(x);
  let t: f64;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-09) return x; // 2**-28
    t = xa + xa;
    t = 0.5 * libmLog1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * libmLog1p((xa + xa) / (1.0 - xa));
  } else if (xa > 1.0) {
    return NaN;
  } else {
    return x / 0.0;
  }
  return copysign<f64>(t, x);
}

// glibc's sinh: expm1 below 22, exp above, a split exp near the overflow threshold.
export function libmSinh(x: f64): f64 {
  const jx = highWord(x);
  const ix = jx & 0x7fff_ffff;
  if (ix >= 0x7ff0_0000) return x + x;
  const h: f64 = (jx & 0x8000_0000) != 0 ? -0.5 : 0.5;
  if (ix < 0x4036_0000) {
    if (ix < 0x3e30_0000) return x;
    const t = libmExpm1(Math.abs(x));
    if (ix < 0x3ff0_0000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * libmExp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = libmExp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

// glibc's cosh (Drepper's variant of fdlibm's).
export function libmCosh(x: f64): f64 {
  const ix = highWord(x) & 0x7fff_ffff;
  if (ix < 0x4036_0000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c80_0000) return 1.0;
      const t = libmExpm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = libmExp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * libmExp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = libmExp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff0_0000) return x * x;
  return Infinity;
}

// glibc's tanh: expm1 based, +-1 beyond 22.
export function libmTanh(x: f64): f64 {
  const jx = highWord(x);
  const ix = jx & 0x7fff_ffff;
  if (ix >= 0x7ff0_0000) {
    if ((jx & 0x8000_0000) == 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  let z: f64;
  if (ix < 0x4036_0000) {
    if (x == 0) return x;
    if (ix < 0x3c80_0000) return x * (1.0 + x);
    if (ix >= 0x3ff0_0000) {
      const t = libmExpm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = libmExpm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0;
  }
  return (jx & 0x8000_0000) == 0 ? z : -z;
}

const IVLN10: f64 = 4.34294481903251816668e-01;
const LOG10_2HI: f64 = 3.01029995663611771306e-01;
const LOG10_2LO: f64 = 3.69423907715893078616e-13;

// glibc's log10: n*log10(2) split in two plus log(m)/ln(10) for the mantissa m in [1, 2).
export function libmLog10(x: f64): f64 {
  let hx = <i32>highWord(x);
  let k: i32 = 0;
  if (hx < 0x0010_0000) {
    if (((hx & 0x7fff_ffff) | <i32>lowWord(x)) == 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 1.80143985094819840000e+16;
    hx = <i32>highWord(x);
  }
  if (hx >= 0x7ff0_0000) return x + x;
  k += (hx >> 20) - 1023;
  const i = <i32>((<u32>k & 0x8000_0000) >> 31);
  hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
  const y = <f64>(k + i);
  x = withHighWord(x, <u32>hx);
  const z = y * LOG10_2LO + IVLN10 * Math.log(x);
  return z + y * LOG10_2HI;
}

// fdlibm's erf/erfc coefficients (as in glibc 2.36's s_erf.c).
const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP0: f64 = 1.28379167095512558561e-01;
const PP1: f64 = -3.25042107247001499370e-01;
const PP2: f64 = -2.84817495755985104766e-02;
const PP3: f64 = -5.77027029648944159157e-03;
const PP4: f64 = -2.37630166566501626084e-05;
const QQ1: f64 = 3.97917223959155352819e-01;
const QQ2: f64 = 6.50222499887672944485e-02;
const QQ3: f64 = 5.08130628187576562776e-03;
const QQ4: f64 = 1.32494738004321644526e-04;
const QQ5: f64 = -3.96022827877536812320e-06;
const PA0: f64 = -2.36211856075265944077e-03;
const PA1: f64 = 4.14856118683748331666e-01;
const PA2: f64 = -3.72207876035701323847e-01;
const PA3: f64 = 3.18346619901161753674e-01;
const PA4: f64 = -1.10894694282396677476e-01;
const PA5: f64 = 3.54783043256182359371e-02;
const PA6: f64 = -2.16637559486879084300e-03;
const QA1: f64 = 1.06420880400844228286e-01;
const QA2: f64 = 5.40397917702171048937e-01;
const QA3: f64 = 7.18286544141962662868e-02;
const QA4: f64 = 1.26171219808761642112e-01;
const QA5: f64 = 1.36370839120290507362e-02;
const QA6: f64 = 1.19844998467991074170e-02;
const RA0: f64 = -9.86494403484714822705e-03;
const RA1: f64 = -6.93858572707181764372e-01;
const RA2: f64 = -1.05586262253232909814e+01;
const RA3: f64 = -6.23753324503260060396e+01;
const RA4: f64 = -1.62396669462573470355e+02;
const RA5: f64 = -1.84605092906711035994e+02;
const RA6: f64 = -8.12874355063065934246e+01;
const RA7: f64 = -9.81432934416914548592e+00;
const SA1: f64 = 1.96512716674392571292e+01;
const SA2: f64 = 1.37657754143519042600e+02;
const SA3: f64 = 4.34565877475229228821e+02;
const SA4: f64 = 6.45387271733267880336e+02;
const SA5: f64 = 4.29008140027567833386e+02;
const SA6: f64 = 1.08635005541779435134e+02;
const SA7: f64 = 6.57024977031928170135e+00;
const SA8: f64 = -6.04244152148580987438e-02;
const RB0: f64 = -9.86494292470009928597e-03;
const RB1: f64 = -7.99283237680523006574e-01;
const RB2: f64 = -1.77579549177547519889e+01;
const RB3: f64 = -1.60636384855821916062e+02;
const RB4: f64 = -6.37566443368389627722e+02;
const RB5: f64 = -1.02509513161107724954e+03;
const RB6: f64 = -4.83519191608651397019e+02;
const SB1: f64 = 3.03380607434824582924e+01;
const SB2: f64 = 3.25792512996573918826e+02;
const SB3: f64 = 1.53672958608443695994e+03;
const SB4: f64 = 3.19985821950859553908e+03;
const SB5: f64 = 2.55305040643316442583e+03;
const SB6: f64 = 4.74528541206955367215e+02;
const SB7: f64 = -2.24409524465858183362e+01;

// erf(x)/x - 1 on [0, 0.84375): the rational function R = P/Q in x*x.
function erfSmallRatio(z: f64): f64 {
  const r1 = PP0 + z * PP1;
  const z2 = z * z;
  const r2 = PP2 + z * PP3;
  const z4 = z2 * z2;
  const s1 = 1.0 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

// erf(1 + s) - ERX on [0.84375, 1.25): P/Q in s.
function erfNearOne(s: f64): f64 {
  const P1 = PA0 + s * PA1;
  const s2 = s * s;
  const Q1 = 1.0 + s * QA1;
  const s4 = s2 * s2;
  const P2 = PA2 + s * PA3;
  const s6 = s4 * s2;
  const Q2 = QA2 + s * QA3;
  const P3 = PA4 + s * PA5;
  const Q3 = QA4 + s * QA5;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA6;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA6;
  return P / Q;
}

// x * erfc(x) * exp(x*x) in the exponent form, for 1.25 <= x < 28 (x positive).
function erfcTail(x: f64, ix: u32, wide: bool): f64 {
  const s = 1.0 / (x * x);
  let R: f64, S: f64;
  if (wide) {
    const R1 = RA0 + s * RA1;
    const s2 = s * s;
    const S1 = 1.0 + s * SA1;
    const s4 = s2 * s2;
    const R2 = RA2 + s * RA3;
    const s6 = s4 * s2;
    const S2 = SA2 + s * SA3;
    const s8 = s4 * s4;
    const R3 = RA4 + s * RA5;
    const S3 = SA4 + s * SA5;
    const R4 = RA6 + s * RA7;
    const S4 = SA6 + s * SA7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA8;
  } else {
    const R1 = RB0 + s * RB1;
    const s2 = s * s;
    const S1 = 1.0 + s * SB1;
    const s4 = s2 * s2;
    const R2 = RB2 + s * RB3;
    const s6 = s4 * s2;
    const S2 = SB2 + s * SB3;
    const R3 = RB4 + s * RB5;
    const S3 = SB4 + s * SB5;
    const S4 = SB6 + s * SB7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB6;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = reinterpret<f64>(reinterpret<u64>(x) & 0xffff_ffff_0000_0000);
  return libmExp(-z * z - 0.5625) * libmExp((z - x) * (z + x) + R / S);
}

export function libmErf(x: f64): f64 {
  const hx = highWord(x);
  const ix = hx & 0x7fff_ffff;
  const negative = (hx & 0x8000_0000) != 0;
  if (ix >= 0x7ff0_0000) return <f64>(negative ? -1 : 1) + 1.0 / x;
  if (ix < 0x3feb_0000) {
    if (ix < 0x3e30_0000) {
      if (ix < 0x0080_0000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x * x);
  }
  if (ix < 0x3ff4_0000) {
    const q = erfNearOne(Math.abs(x) - 1.0);
    return negative ? -ERX - q : ERX + q;
  }
  if (ix >= 0x4018_0000) return negative ? 1e-300 - 1.0 : 1.0 - 1e-300;
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix, ix < 0x4006db6e);
  return negative ? r / ax - 1.0 : 1.0 - r / ax;
}

export function libmErfc(x: f64): f64 {
  const hx = highWord(x);
  const ix = hx & 0x7fff_ffff;
  const negative = (hx & 0x8000_0000) != 0;
  if (ix >= 0x7ff0_0000) return <f64>(negative ? 2 : 0) + 1.0 / x;
  if (ix < 0x3feb_0000) {
    if (ix < 0x3c70_0000) return 1.0 - x;
    const y = erfSmallRatio(x * x);
    if (<i32>hx < 0x3fd0_0000) return 1.0 - (x + x * y);
    let r = x * y;
    r += (x - 0.5);
    return 0.5 - r;
  }
  if (ix < 0x3ff4_0000) {
    const q = erfNearOne(Math.abs(x) - 1.0);
    if (!negative) {
      const z = 1.0 - ERX;
      return z - q;
    }
    const z = ERX + q;
    return 1.0 + z;
  }
  if (ix < 0x403c_0000) {
    if (negative && ix >= 0x4018_0000) return 2.0 - 1e-300;
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix, ix < 0x4006db6d);
    if (!negative) {
      const ret = r / ax;
      if (ret == 0) mathErrno = ERANGE;
      return ret;
    }
    return 2.0 - r / ax;
  }
  if (!negative) {
    mathErrno = ERANGE;
    return 0.0;
  }
  return 2.0 - 1e-300;
}

// ---- sin and cos after glibc's IBM Accurate Mathematical Library (s_sin.c) ----
//
// The same argument reduction, table and polynomials as glibc, with the multiply-adds its
// x86-64 FMA build contracts written as fma(). SINCOS_TABLE holds sin(k/128) and cos(k/128)
// for k = 0..109 as (hi, lo, hi, lo) double pairs, computed to 60 digits (XXX: glibc's own
// table differs from the correctly rounded low parts in a few last bits). Arguments beyond
// 105414350 are reduced exactly with BigNum arithmetic instead of glibc's branred.

// @ts-ignore: decorator
@lazy const SINCOS_TABLE: StaticArray<u64> = [
  0x0000000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000,
  0x3f7fffeaaaaeeeef, 0xbc1e45e2ec67b77c, 0x3fefffc000155552, 0x3c8f4a01a0196dae,
  0x3f8fffaaaaeeeed5, 0xbc02ab639a9f0776, 0x3fefff000155549f, 0x3c828a28a03a5ef3,
  0x3f97ff7001033255, 0x3bfefe2b51527336, 0x3feffdc006bff7e6, 0x3c8ae6dae86977bd,
  0x3f9ffeaaaeeee86f, 0xbc3cd406fb224ae2, 0x3feffc00155527d3, 0xbc83b54492d89b5b,
  0x3fa3feb2b12d45d5, 0x3c34ec54203d1c11, 0x3feff9c03414a7ba, 0x3c6991f4be6c59bf,
  0x3fa7fdc01032fba9, 0xbc4599bdf46e997a, 0x3feff7006bfdf99f, 0xbc78b3b560648d5f,
  0x3fabfc6d78586dac, 0x3c18e4fd03dbf236, 0x3feff3c0c8103a31, 0x3c74856dbddc0e66,
  0x3faffaaaeeed4edb, 0xbc42d16d32684b69, 0x3feff0015549f4d3, 0x3c8328387b99426f,
  0x3fb1fc343d808bef, 0xbc5f3d32e6f3be4f, 0x3fefebc222a8ef9f, 0x3c57934934f54c77,
  0x3fb3facb12d1755b, 0xbc5921915299468b, 0x3fefe7034129ef6f, 0xbc6cbf4337c96f97,
  0x3fb5f911fd10b737, 0xbc50184f02be9102, 0x3fefe1c4c3c873eb, 0xbc35a9c9057c4a02,
  0x3fb7f701032550e4, 0x3c3afc2d1800501a, 0x3fefdc06bf7e6b9b, 0x3c831902b535f8db,
  0x3fb9f4902d55d1f9, 0x3c52696d7eac1dc1, 0x3fefd5c94b43e000, 0xbc62e768cb4f92f9,
  0x3fbbf1b78568391d, 0x3c5e91841dea4cc8, 0x3fefcf0c800e99b1, 0x3c6ea3d786d186ac,
  0x3fbdee6f16c1cce6, 0xbc450f8e2fb71673, 0x3fefc7d078d1bc88, 0x3c8075d2447db685,
  0x3fbfeaaeee86ee36, 0xbc4afcb2bcc6f03b, 0x3fefc015527d5bd3, 0x3c8b68f35094efb8,
  0x3fc0f3378ddd71d1, 0x3c6d8468724f0f9e, 0x3fefb7db2bfe0695, 0x3c821dadf4f65ab1,
  0x3fc1f0d3d7afceaf, 0xbc66ef95099769a5, 0x3fefaf22263c4bd3, 0xbc552ace133a2769,
  0x3fc2ee285e4ab88f, 0xbc6e4d0f05dee058, 0x3fefa5ea641c36f2, 0x3c404da6ed17cc7c,
  0x3fc3eb312c5d66cb, 0x3c647d666b66cb91, 0x3fef9c340a7cc428, 0x3c8c5b6b063b7462,
  0x3fc4e7ea4dc5f27b, 0x3c5949db2ac072fc, 0x3fef91ff40374d01, 0xbc67d03f4d3a9e4c,
  0x3fc5e44fcfa126f3, 0xbc66f443063f89b6, 0x3fef874c2e1eecf6, 0xbc8c6514e1332b16,
  0x3fc6e05dc05a4d4c, 0xbbd32c5c8b81c919, 0x3fef7c1afeffde24, 0xbc78f55bc47540b1,
  0x3fc7dc102fbaf2b5, 0x3c45ab50e23c97c3, 0x3fef706bdf9ece1c, 0xbc8698c80c36dcb4,
  0x3fc8d7632efaa944, 0xbc620fa262cbb953, 0x3fef643efeb82acd, 0x3c76b00ac1fe28ac,
  0x3fc9d252d0cec312, 0x3c59c43d80b1137d, 0x3fef57948cff6797, 0x3c6e3a0d3e03b1d4,
  0x3fcaccdb297a0765, 0xbc59883b57d6cdea, 0x3fef4a6cbd1e3a79, 0x3c813df0edaebb57,
  0x3fcbc6f84edc6199, 0x3c69c1a56a7b0cab, 0x3fef3cc7c3b3d16e, 0xbc621a3ad28a3494,
  0x3fccc0a6588289a3, 0xbc6868d09bc87c6b, 0x3fef2ea5d753ffed, 0x3c8cc4215f56d583,
  0x3fcdb9e15fb5a5d0, 0xbc632e20d6cc6fc2, 0x3fef20073086649f, 0x3c7b940416c1984b,
  0x3fceb2a57f8ae5a3, 0xbc60be06af572ceb, 0x3fef10ec09c5873b, 0x3c8d9072762c1283,
  0x3fcfaaeed4f31577, 0xbc615d88508e32b8, 0x3fef01549f7deea1, 0x3c8d3c1e99e5cafd,
  0x3fd0515cbf65155c, 0xbc79b8c29dfd8ec7, 0x3feef141300d2f26, 0xbc82aa1b08ded372,
  0x3fd0cd00cef36436, 0xbc79fb0a0c93e2b4, 0x3feee0b1fbc0f11c, 0xbc4bfd2380bbc3b1,
  0x3fd14861aa94ddeb, 0xbc6be881b5b615a4, 0x3feecfa744d5efa1, 0xbc556d0a4af541d0,
  0x3fd1c37d64c6b876, 0x3c746076fe0dcff4, 0x3feebe214f76efa8, 0xbc802f9f12ba543e,
  0x3fd23e52111aaf36, 0xbc74f080334eff18, 0x3feeac2061bbaf4f, 0x3c62c1d53e94658d,
  0x3fd2b8ddc43eb49f, 0x3c61553899f2d807, 0x3fee99a4c3a7cd83, 0xbc82264b1bc53ce8,
  0x3fd3331e94049f87, 0x3c7e0cb6b40c302c, 0x3fee86aebf29a9ed, 0x3c89397afdbb58a7,
  0x3fd3ad129769d3d8, 0x3c003d550487839a, 0x3fee733ea0193d40, 0xbc86428b3546ce13,
  0x3fd426b7e69ee697, 0xbc7f09c75705c59f, 0x3fee5f54b436e9d0, 0x3c87eb0fd02fc8bc,
  0x3fd4a00c9b0f3d20, 0x3c7823ba6bb08ead, 0x3fee4af14b2a449c, 0xbc868ca02e8a6833,
  0x3fd5190ecf68a77a, 0x3c7b357155eef0f3, 0x3fee3614b680d6a5, 0xbc727793aa015237,
  0x3fd591bc9fa2f597, 0x3c67c74bac3fe0cb, 0x3fee20bf49acd6c1, 0xbc5660aec7ef636b,
  0x3fd60a1429078775, 0x3c5b1fd80ba89133, 0x3fee0af15a03dbce, 0x3c5fe8e702771ae6,
  0x3fd682138a38d7f7, 0xbc7d889202444aad, 0x3fedf4ab3ebd875e, 0xbc8e2d8a7e6736c4,
  0x3fd6f9b8e33a0255, 0x3c742bc14ee9da0d, 0x3feddded50f228d6, 0xbc6e80c8d42ba2bf,
  0x3fd7710255764214, 0xbc66ead7314bb6ce, 0x3fedc6b7eb995912, 0x3c54b364776dcd35,
  0x3fd7e7ee03c86d4e, 0xbc7b63bcdabf5af2, 0x3fedaf0b6b888e83, 0x3c8a249e2b5e5cea,
  0x3fd85e7a12826949, 0x3c78a40e9b5face0, 0x3fed96e82f71a9dc, 0x3c8ff61bd5d2039d,
  0x3fd8d4a4a774992f, 0x3c744a02ea766326, 0x3fed7e4e97e17b4a, 0xbc63b770352bed94,
  0x3fd94a6be9f546c5, 0xbc769ce13e683f58, 0x3fed653f073e4040, 0xbc876236434bec37,
  0x3fd9bfce02e80510, 0x3c709e39a320b0a4, 0x3fed4bb9e1c619e0, 0x3c8f34bb77858f61,
  0x3fda34c91cc50cca, 0xbc5a310e3b50cecd, 0x3fed31bf8d8d7c06, 0x3c7e60dd3089cbdd,
  0x3fdaa95b63a09277, 0xbc66293eb13c0381, 0x3fed1750727d94f0, 0x3c80d52b1ec1a48e,
  0x3fdb1d8305321617, 0xbc7ae242cb99f519, 0x3fecfc6cfa52ad9f, 0x3c88b5b5508f2a0d,
  0x3fdb913e30dbac43, 0xbc7e38ad2f6c3ff1, 0x3fece115909a82e5, 0x3c81f139bb31109a,
  0x3fdc048b17b140a3, 0x3c619fe6757e9fa7, 0x3fecc54aa2b2972e, 0x3c64ee162ba83a98,
  0x3fdc7767ec7fd19e, 0xbc5eb14d1a3d5826, 0x3feca90c9fc67d0b, 0xbc646a81485e3462,
  0x3fdce9d2e3d4a51f, 0xbc62fc8a12dae298, 0x3fec8c5bf8ce1a84, 0x3c7ab3d1a1590123,
  0x3fdd5bca34047661, 0x3c728a44a75fc29c, 0x3fec6f39208be53b, 0xbc8741dbfbaadb42,
  0x3fddcd4c15329c9a, 0x3c70d4c6e171fd9a, 0x3fec51a48b8b175e, 0xbc61bbb43b9aa880,
  0x3fde3e56c1582a69, 0xbc50a4821099f88f, 0x3fec339eb01ddd81, 0xbc8caaf5ee82c5c0,
  0x3fdeaee8744b05f0, 0xbc5789b43c9b027d, 0x3fec1528065b7d50, 0xbc8892111312e828,
  0x3fdf1eff6bc4f97b, 0x3c717212f8a7525c, 0x3febf641081e7536, 0x3c8b7bd71628a9a1,
  0x3fdf8e99e76abc97, 0x3c59d950af2d00a3, 0x3febd6ea310294f5, 0x3c731bbcc88c109d,
  0x3fdffdb628d2f57a, 0x3c6f4a992e905b6a, 0x3febb723fe630f32, 0x3c772bd2452d0a39,
  0x3fe0362939c69955, 0xbc82d8cd78397b01, 0x3feb96eeef58840e, 0x3c545a3cc78fade0,
  0x3fe06d3686946e5b, 0x3c83f5ae4538ff1b, 0x3feb764b84b704c2, 0xbc8f5848c21b389b,
  0x3fe0a4021e9e1001, 0xbc86f643a13914f6, 0x3feb553a410c104e, 0x3c58ff7947027a15,
  0x3fe0da8b26b5672e, 0xbc8a58def0bee909, 0x3feb33bba89c8948, 0x3c8ea6a51d1f6ca9,
  0x3fe110d0c4b69c3b, 0x3c8d918998809981, 0x3feb11d04162a4c6, 0x3c71dd561efbc0c2,
  0x3fe146d21f8b7f82, 0x3c7bf9535e2739a8, 0x3feaef78930bd275, 0xbc7f836279746f94,
  0x3fe17c8e5f2eedb0, 0x3c635e57102e2488, 0x3feaccb526f69de5, 0x3c88fb6a8dd6b6cc,
  0x3fe1b204acb02fdd, 0xbc5f190c70cbb5fe, 0x3feaa98688308913, 0xbc0b83d607cd5072,
  0x3fe1e7343236574c, 0x3c722a3fa4f41d5a, 0x3fea85ed4373e02d, 0x3c69be06385ec792,
  0x3fe21c1c1b0394cf, 0x3c5e5b324b23aa31, 0x3fea61e9e72586af, 0x3c858330e2fd453f,
  0x3fe250bb93788bbb, 0x3c7ea3d02457bcce, 0x3fea3d7d0352bdcf, 0xbc868dbaeca19669,
  0x3fe28511c917a067, 0xbc801df1d9a16b70, 0x3fea18a729aee445, 0x3c395e25736c0357,
  0x3fe2b91dea88421e, 0xbc8fa371db216ab0, 0x3fe9f368ed912f85, 0xbc81d200c5791606,
  0x3fe2ecdf279a3082, 0x3c8d3557e0e7e37e, 0x3fe9cdc2e3f25e5c, 0x3c83f99112993f62,
  0x3fe32054b148bc4f, 0x3c8f6b42095a135b, 0x3fe9a7b5a36a6514, 0x3c8722cfcc9fa7a9,
  0x3fe3537db9be0367, 0x3c6b327e7af040f0, 0x3fe98141c42e1310, 0x3c8d1ff80488f08d,
  0x3fe386597456282b, 0xbc710fada93b07a8, 0x3fe95a67e00cb1fd, 0xbc80befda21f862d,
  0x3fe3b8e715a2840a, 0xbc797653a7d2f07a, 0x3fe93328926d9e92, 0xbc8bb77003600cda,
  0x3fe3eb25d36cd53a, 0xbc5be570e1570fc0, 0x3fe90b84784ddaf7, 0xbc70feb10ab93b87,
  0x3fe41d14e4ba6790, 0x3c84608fd287ecf5, 0x3fe8e37c303d9ad1, 0xbc6463a4b53d4bf8,
  0x3fe44eb381cf386b, 0xbc83ed6c1e6a5505, 0x3fe8bb105a5dc900, 0x3c8863e03e9474c1,
  0x3fe48000e431159f, 0xbc8b194a7463ed10, 0x3fe89241985d871f, 0x3c8c48d9c413ed84,
  0x3fe4b0fc46aab761, 0x3c20da05738cc59c, 0x3fe869108d77a6c6, 0x3c7338ffe2bfe9dd,
  0x3fe4e1a4e54ed51b, 0xbc8a492f89b7c76a, 0x3fe83f7dde701ca0, 0xbc4152cf609bc6e8,
  0x3fe511f9fd7b351c, 0xbc85c0e861c48831, 0x3fe8158a31916d5d, 0xbc6de8b90b8228de,
  0x3fe541facddbb724, 0x3c7232c28520d391, 0x3fe7eb362eaa1488, 0x3c5a1d65a4a5959f,
  0x3fe571a6966d59b3, 0x3c5c843b4d0fb197, 0x3fe7c0827f09e54f, 0xbc6c73d6d72aee68,
  0x3fe5a0fc98813a12, 0xbc8d82e2b7d4227b, 0x3fe7956fcd7f6543, 0xbc8ab276e9d45ae4,
  0x3fe5cffc16bf8f0d, 0x3c896cb370eb578a, 0x3fe769fec655211f, 0xbc6827d5cf8c68c5,
  0x3fe5fea4552a9e57, 0x3c80b6cef7ee20b7, 0x3fe73e30174efba1, 0xbc65d3ae3d94ad5f,
  0x3fe62cf49921ac79, 0xbc8edd9855b6241a, 0x3fe712046fa77678, 0x3c8425b0a5029c81,
  0x3fe65aec2963e755, 0x3c8126f96b71053c, 0x3fe6e57c800cf55e, 0x3c860286dedbd0a6,
  0x3fe6888a4e134b2f, 0xbc86b7d37644d5e6, 0x3fe6b898fa9efb5d, 0x3c715ac786ccf4b2,
  0x3fe6b5ce50b7821a, 0xbc65d5158f702e0f, 0x3fe68b5a92eb6253, 0xbc89a91ad985f89c,
  0x3fe6e2b77c40bde1, 0xbc70e729857fad53, 0x3fe65dc1fdeb8cba, 0xbc597c1b47337c77,
  0x3fe70f451d0a8c40, 0x3c697ede3885770d, 0x3fe62fcff20191c7, 0x3c6d9143895756ef,
  0x3fe73b7680dea578, 0xbc72248306dc12a2, 0x3fe6018526f563df, 0x3c846ca5e0e432d0,
  0x3fe7674af6f7b524, 0x3c7e9d3f94ac84a8, 0x3fe5d2e255f1f17a, 0x3c80314104c8892b,
  0x3fe792c1d0041d52, 0xbc8abf05eeb354eb, 0x3fe5a3e839824077, 0x3c8428aa2759be62,
  0x3fe7bdda5e28b3c2, 0x3c4ad1197ccd0392, 0x3fe574978d8e83f2, 0x3c8f4714af282d23,
  0x3fe7e893f5037959, 0x3c80eefbaa650c4c, 0x3fe544f10f592ca5, 0xbc8e7ae8e6c7a62f,
  0x3fe812ede9ae4ba4, 0xbc87830adf402dda, 0x3fe514f57d7bf3da, 0x3c747a108073c259,
];

const SN3: f64 = -1.66666666666664880952546298448555E-01;
const SN5: f64 = 8.33333214285722277379541354343671E-03;
const CS2: f64 = 4.99999999999999999999950396842453E-01;
const CS4: f64 = -4.16666666666664434524222570944589E-02;
const CS6: f64 = 1.38888874007937613028114285595617E-03;
const TS1: f64 = -0.16666666666666666;      // -0x1.5555555555555p-3
const TS2: f64 = 0.0083333333333323288;     // 0x1.1111111110ECEp-7
const TS3: f64 = -0.00019841269834414642;   // -0x1.A01A019DB08B8p-13
const TS4: f64 = 2.755729806860771e-06;     // 0x1.71DE27B9A7ED9p-19
const TS5: f64 = -2.5022014848318398e-08;   // -0x1.ADDFFC2FCDF59p-26
const SC_BIG: f64 = 52776558133248.0;       // 0x1.8p45: adding it rounds to a multiple of 1/128
const HP0: f64 = 1.5707963267948966;        // pi/2 high part
const HP1: f64 = 6.123233995736766e-17;     // pi/2 low part
const MP1: f64 = 1.5707963407039642;        // 0x1.921FB58p0
const MP2: f64 = -1.3909067564377153e-08;   // -0x1.DDE973Cp-27
const RED_PP3: f64 = -4.9789962314799099e-17;   // -0x1.CB3B398p-55
const RED_PP4: f64 = -1.9034889620193266e-25;   // -0x1.d747f23e32ed7p-83
const HPINV: f64 = 0.63661977236758138;     // 2/pi
const TOINT: f64 = 6755399441055744.0;      // 0x1.8p52

// @ts-ignore: decorator
@inline function tab(i: i32): f64 {
  return reinterpret<f64>(unchecked(SINCOS_TABLE[i]));
}

// sin(x + dx) for |x| < 0.126 by Taylor series.
function taylorSin(xx: f64, a: f64, da: f64): f64 {
  const poly = fma(fma(fma(fma(TS5, xx, TS4), xx, TS3), xx, TS2), xx, TS1);
  const t = fma(fma(poly, a, -(0.5 * da)), xx, da);
  return a + t;
}

function doCos(x: f64, dx: f64): f64 {
  if (x < 0) dx = -dx;
  const u = SC_BIG + Math.abs(x);
  x = Math.abs(x) - (u - SC_BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const k = <i32>(<u32>reinterpret<u64>(u)) << 2;
  const sn = tab(k), ssn = tab(k + 1), cs = tab(k + 2), ccs = tab(k + 3);
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

function doSin(x: f64, dx: f64): f64 {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const u = SC_BIG + Math.abs(x);
  x = Math.abs(x) - (u - SC_BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const k = <i32>(<u32>reinterpret<u64>(u)) << 2;
  const sn = tab(k), ssn = tab(k + 1), cs = tab(k + 2), ccs = tab(k + 3);
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  return copysign<f64>(sn + cor, xold);
}

// x mod pi/2 as a double-double (reducedHi, reducedLo); returns the quadrant.
let reducedHi: f64 = 0;
let reducedLo: f64 = 0;

function reduceSinCos(x: f64): i32 {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const n = <i32>(<u32>reinterpret<u64>(t)) & 3;
  const t2 = fma(-xn, RED_PP3, y);
  let db = fma(-xn, RED_PP3, y - t2);
  const b = fma(-xn, RED_PP4, t2);
  db += fma(-xn, RED_PP4, t2 - b);
  reducedHi = b;
  reducedLo = db;
  return n;
}

// floor(2/pi * 2**1280), for the exact reduction of huge arguments.
// @ts-ignore: decorator
@lazy const TWO_OVER_PI_HEX: string =
  "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e0" +
  "06492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f4" +
  "9c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d" +
  "7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b6babf0cfbc209af4361d";

let twoOverPi: BigNum | null = null;

// Reduction of |x| >= 105414350 with 128 fractional bits of x * 2/pi.
function reduceHuge(x: f64): i32 {
  let g = twoOverPi;
  if (g === null) {
    g = BigNum.fromString(TWO_OVER_PI_HEX, 16)!;
    twoOverPi = g;
  }
  const ax = Math.abs(x);
  const e = frexpExponent(ax) - 53;
  const m = BigNum.fromF64(NativeMath.scalbn(ax, -e));
  const shift = <u64>(1280 - e - 130);
  const t = BigNum.shr(BigNum.mul(m, g), shift);
  const mask = BigNum.sub(BigNum.shl(BigNum.fromI64(1), 132), BigNum.fromI64(1));
  const low = BigNum.and(t, mask);
  const half = BigNum.shl(BigNum.fromI64(1), 129);
  const q = BigNum.shr(BigNum.add(low, half), 130);
  let n = <i32>(q.toI64() & 3);
  const frac = BigNum.sub(low, BigNum.shl(q, 130));
  const fh = NativeMath.scalbn(frac.toF64(), -130);
  const fl = NativeMath.scalbn(BigNum.sub(frac, BigNum.fromF64(NativeMath.scalbn(fh, 130))).toF64(), -130);
  const ph = twoProduct(fh, HP0);
  const pl = lastLow() + (fh * HP1 + fl * HP0);
  let hi = fastTwoSum(ph, pl);
  let lo = lastLow();
  if (x < 0) {
    hi = -hi;
    lo = -lo;
    n = (4 - n) & 3;
  }
  reducedHi = hi;
  reducedLo = lo;
  return n;
}

function doSinCos(a: f64, da: f64, n: i32): f64 {
  const r = (n & 1) != 0 ? doCos(a, da) : doSin(a, da);
  return (n & 2) != 0 ? -r : r;
}

export function libmSin(x: f64): f64 {
  const k = highWord(x) & 0x7fff_ffff;
  if (k < 0x3e50_0000) return x;
  if (k < 0x3feb_6000) return doSin(x, 0);
  if (k < 0x400368fd) return copysign<f64>(doCos(HP0 - Math.abs(x), HP1), x);
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(reducedHi, reducedLo, n);
  }
  if (k < 0x7ff0_0000) {
    const n = reduceHuge(x);
    return doSinCos(reducedHi, reducedLo, n);
  }
  return x / x;
}

export function libmCos(x: f64): f64 {
  const k = highWord(x) & 0x7fff_ffff;
  if (k < 0x3e40_0000) return 1.0;
  if (k < 0x3feb_6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(reducedHi, reducedLo, n + 1);
  }
  if (k < 0x7ff0_0000) {
    const n = reduceHuge(x);
    return doSinCos(reducedHi, reducedLo, n + 1);
  }
  return x / x;
}

// ---- tan, atan, atan2, asin, acos: correctly rounded through double-double arithmetic ----
//
// glibc computes these with the IBM library's table-driven algorithms, which are correctly
// rounded except in rare cases; evaluating them to ~104 bits and rounding once agrees with
// glibc wherever glibc rounds correctly. (XXX: glibc's tables are not reproduced here, so its
// rare misrounded results are not either.)

// atan(j/64) for j = 0..64 as (hi, lo) pairs.
// @ts-ignore: decorator
@lazy const ATAN_TABLE: StaticArray<u64> = [
  0x0000000000000000, 0x0000000000000000, 0x3f8fff555bbb729b, 0xbc2220c39d4dff50,
  0x3f9ffd55bba97625, 0xbc35ec431444912c, 0x3fa7fb818430da2a, 0xbc086ef8f794f105,
  0x3faff55bb72cfdea, 0xbc3c934d86d23f1d, 0x3fb3f59f0e7c559d, 0x3c5ac4ce285df847,
  0x3fb7ee182602f10f, 0xbc5cfb654c0c3d98, 0x3fbbe39ebe6f07c3, 0x3c5f7b8f29a05987,
  0x3fbfd5ba9aac2f6e, 0xbc4cd37686760c17, 0x3fc1e1fafb043727, 0xbc4b485914dacf8c,
  0x3fc3d6eee8c6626c, 0x3c661a3b0ce9281b, 0x3fc5c9811e3ec26a, 0xbc5054ab2c010f3d,
  0x3fc7b97b4bce5b02, 0x3c5347b0b4f881ca, 0x3fc9a6a8e96c8626, 0x3c4cf601e7b4348e,
  0x3fcb90d7529260a2, 0x3c217b10d2e0e5ab, 0x3fcd77d5df205736, 0x3c6c648d1534597e,
  0x3fcf5b75f92c80dd, 0x3c68ab6e3cf7afbd, 0x3fd09dc597d86362, 0x3c762e47390cb865,
  0x3fd18bf5a30bf178, 0x3c630ca4748b1bf9, 0x3fd278372057ef46, 0xbc7077cdd36dfc81,
  0x3fd362773707ebcc, 0xbc6963a544b672d8, 0x3fd44aa436c2af0a, 0xbc75d5e43c55b3ba,
  0x3fd530ad9951cd4a, 0xbc62566480884082, 0x3fd614840309cfe2, 0xbc7a725715711f00,
  0x3fd6f61941e4def1, 0xbc7c63aae6f6e918, 0x3fd7d5604b63b3f7, 0x3c769c885c2b249a,
  0x3fd8b24d394a1b25, 0x3c7b6d0ba3748fa8, 0x3fd98cd5454d6b18, 0x3c79e6c988fd0a77,
  0x3fda64eec3cc23fd, 0xbc724dec1b50b7ff, 0x3fdb3a911da65c6c, 0x3c7ae187b1ca5040,
  0x3fdc0db4c94ec9f0, 0xbc7cc1ce70934c34, 0x3fdcde53432c1351, 0xbc7a2cfa4418f1ad,
  0x3fddac670561bb4f, 0x3c7a2b7f222f65e2, 0x3fde77eb7f175a34, 0x3c70e53dc1bf3435,
  0x3fdf40dd0b541418, 0xbc6a3992dc382a23, 0x3fe0039c73c1a40c, 0xbc8b32c949c9d593,
  0x3fe0657e94db30d0, 0xbc7d5b495f6349e6, 0x3fe0c6145b5b43da, 0x3c5974fa13b5404f,
  0x3fe1255d9bfbd2a9, 0xbc52bdaee1c0ee35, 0x3fe1835a88be7c13, 0x3c8c621cec00c301,
  0x3fe1e00babdefeb4, 0xbc5928df287a668f, 0x3fe23b71e2cc9e6a, 0x3c6c421c9f38224e,
  0x3fe2958e59308e31, 0xbc709e73b0c6c087, 0x3fe2ee628406cbca, 0x3c8c5d5e9ff0cf8d,
  0x3fe345f01cce37bb, 0x3c81021137c71102, 0x3fe39c391cd4171a, 0xbc82304331d8bf46,
  0x3fe3f13fb89e96f4, 0x3c7ecf8b492644f0, 0x3fe445065b795b56, 0xbc7f76d0163f79c8,
  0x3fe4978fa3269ee1, 0x3c72419a87f2a458, 0x3fe4e8de5bb6ec04, 0x3c84a33dbeb3796c,
  0x3fe538f57b89061f, 0xbc81bb74abda520c, 0x3fe587d81f732fbb, 0xbc75e5c9d8c5a950,
  0x3fe5d58987169b18, 0x3c60028e4bc5e7ca, 0x3fe6220d115d7b8e, 0xbc62b785350ee8c1,
  0x3fe66d663923e087, 0xbc76ea6febe8bbba, 0x3fe6b798920b3d99, 0xbc8a80386188c50e,
  0x3fe700a7c5784634, 0xbc78c34d25aadef6, 0x3fe748978fba8e0f, 0x3c47b2a6165884a1,
  0x3fe78f6bbd5d315e, 0x3c8406a089803740, 0x3fe7d528289fa093, 0x3c8560821e2f3aa9,
  0x3fe819d0b7158a4d, 0xbc7bf76229d3b917, 0x3fe85d69576cc2c5, 0x3c66b66e7fc8b8c3,
  0x3fe89ff5ff57f1f8, 0xbc855b9a5e177a1b, 0x3fe8e17aa99cc05e, 0xbc7ec182ab042f61,
  0x3fe921fb54442d18, 0x3c81a62633145c07,
];

// 1/(2k+1) for k = 1..10 as (hi, lo) pairs.
// @ts-ignore: decorator
@lazy const ATAN_COEFFS: StaticArray<u64> = [
  0x3fd5555555555555, 0x3c75555555555555, 0x3fc999999999999a, 0xbc6999999999999a,
  0x3fc2492492492492, 0x3c62492492492492, 0x3fbc71c71c71c71c, 0x3c5c71c71c71c71c,
  0x3fb745d1745d1746, 0xbc4745d1745d1746, 0x3fb3b13b13b13b14, 0xbc53b13b13b13b14,
  0x3fb1111111111111, 0x3c31111111111111, 0x3fae1e1e1e1e1e1e, 0x3c2e1e1e1e1e1e1e,
  0x3faaf286bca1af28, 0x3c4af286bca1af28, 0x3fa8618618618618, 0x3c48618618618618,
];
const PI_2_HI: f64 = 1.5707963267948966;
const PI_2_LO: f64 = 6.123233995736766e-17;
const PI_HI: f64 = 3.141592653589793;
const PI_LO: f64 = 1.2246467991473532e-16;

// Low part of the last double-double result (the functions below return the high part).
let ddl: f64 = 0;

function ddAdd(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const s = twoSum(ah, bh);
  const e = lastLow() + al + bl;
  const h = fastTwoSum(s, e);
  ddl = lastLow();
  return h;
}

function ddMul(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const p = twoProduct(ah, bh);
  const e = lastLow() + (ah * bl + al * bh);
  const h = fastTwoSum(p, e);
  ddl = lastLow();
  return h;
}

function ddDiv(ah: f64, al: f64, bh: f64, bl: f64): f64 {
  const q1 = ah / bh;
  let p = twoProduct(q1, bh);
  let r = ((ah - p) - lastLow() + al) - q1 * bl;
  const q2 = r / bh;
  const s = fastTwoSum(q1, q2);
  const sl = lastLow();
  // One more correction term keeps the quotient near 2**-106 relative.
  p = twoProduct(s, bh);
  r = ((ah - p) - lastLow() + al) - s * bl - sl * bh;
  const h = fastTwoSum(s, sl + r / bh);
  ddl = lastLow();
  return h;
}

function ddSqrt(ah: f64, al: f64): f64 {
  const s = Math.sqrt(ah);
  const p = twoProduct(s, s);
  const r = (ah - p) - lastLow() + al;
  const h = fastTwoSum(s, r / (2.0 * s));
  ddl = lastLow();
  return h;
}

// atan(x) for 0 <= x <= 1 given as a double-double.
function atanDD(xh: f64, xl: f64): f64 {
  const j = <i32>nearest<f64>(xh * 64.0);
  let th = xh;
  let tl = xl;
  if (j != 0) {
    const c = <f64>j / 64.0;
    const nh = ddAdd(xh, xl, -c, 0);
    const nl = ddl;
    const dh = ddAdd(1.0, 0, twoProduct(xh, c), lastLow() + xl * c);
    const dl = ddl;
    th = ddDiv(nh, nl, dh, dl);
    tl = ddl;
  }
  // atan(t) = t * (1 - t^2/3 + t^4/5 - ...), |t| <= 1/128.
  const t2h = ddMul(th, tl, th, tl);
  const t2l = ddl;
  let ph: f64 = 0;
  let pl: f64 = 0;
  for (let k = 9; k >= 0; k--) {
    // p = 1/(2k+3) - t^2 * p, alternating into the series.
    const mh = ddMul(t2h, t2l, ph, pl);
    const ml = ddl;
    ph = ddAdd(reinterpret<f64>(unchecked(ATAN_COEFFS[2 * k])), reinterpret<f64>(unchecked(ATAN_COEFFS[2 * k + 1])), -mh, -ml);
    pl = ddl;
  }
  // atan(t) = t - t^3 * p
  const qh = ddMul(t2h, t2l, ph, pl);
  const ql = ddl;
  const rh = ddMul(th, tl, qh, ql);
  const rl = ddl;
  const ah = ddAdd(th, tl, -rh, -rl);
  const al = ddl;
  const h = ddAdd(reinterpret<f64>(unchecked(ATAN_TABLE[2 * j])), reinterpret<f64>(unchecked(ATAN_TABLE[2 * j + 1])), ah, al);
  return h;
}

// atan(a / b) for positive finite a, b (any ratio), as a double-double.
function atanRatio(a: f64, b: f64): f64 {
  if (a <= b) {
    const qh = ddDiv(a, 0, b, 0);
    return atanDD(qh, ddl);
  }
  const qh = ddDiv(b, 0, a, 0);
  const rh = atanDD(qh, ddl);
  return ddAdd(PI_2_HI, PI_2_LO, -rh, -ddl);
}

export function libmAtan(x: f64): f64 {
  if (isNaN(x)) return x + x;
  const ax = Math.abs(x);
  if (ax < 3.725290298461914e-09) return x; // 2**-28: atan(x) rounds to x
  let r: f64;
  if (ax > 1.0) {
    if (ax > 1.8014398509481984e16) return copysign<f64>(PI_2_HI, x);
    r = atanRatio(ax, 1.0);
  } else {
    r = atanDD(ax, 0);
  }
  return copysign<f64>(r + ddl, x);
}

// atan2 for finite y != 0 and finite x (m_atan2 has dealt with the special values).
export function libmAtan2(y: f64, x: f64): f64 {
  if (x == 0) return copysign<f64>(PI_2_HI, y);
  let ay = Math.abs(y);
  let ax = Math.abs(x);
  const ey = frexpExponent(ay);
  const ex = frexpExponent(ax);
  let r: f64;
  if (ex - ey > 60) {
    // The angle is below 2**-59 of pi/2: atan(t) = t to well past double precision.
    if (x > 0) return copysign<f64>(ay / ax, y);
    r = ddAdd(PI_HI, PI_LO, -ddDiv(ay, 0, ax, 0), -ddl);
    return copysign<f64>(r + ddl, y);
  }
  if (ey - ex > 60) {
    r = ddAdd(PI_2_HI, PI_2_LO, -ddDiv(ax, 0, ay, 0), -ddl);
    if (x < 0) r = ddAdd(PI_HI, PI_LO, -r, -ddl);
    return copysign<f64>(r + ddl, y);
  }
  ay = NativeMath.scalbn(ay, -ey);
  ax = NativeMath.scalbn(ax, -ey);
  r = atanRatio(ay, ax);
  if (x < 0) r = ddAdd(PI_HI, PI_LO, -r, -ddl);
  return copysign<f64>(r + ddl, y);
}

// sqrt(1 - x*x) for |x| <= 1 as a double-double.
function cosOfAsin(ax: f64): f64 {
  const dh = twoSum(1.0, -ax);
  const dl = lastLow();
  const sh = twoSum(1.0, ax);
  const sl = lastLow();
  const ph = ddMul(dh, dl, sh, sl);
  return ddSqrt(ph, ddl);
}

export function libmAsin(x: f64): f64 {
  const ax = Math.abs(x);
  if (!(ax <= 1.0)) return NaN;
  if (ax < 1.4901161193847656e-08) return x; // 2**-26
  if (ax == 1.0) return copysign<f64>(PI_2_HI, x);
  const ch = cosOfAsin(ax);
  const cl = ddl;
  let r: f64;
  if (ax <= ch) {
    const qh = ddDiv(ax, 0, ch, cl);
    r = atanDD(qh, ddl);
  } else {
    const qh = ddDiv(ch, cl, ax, 0);
    const ah = atanDD(qh, ddl);
    r = ddAdd(PI_2_HI, PI_2_LO, -ah, -ddl);
  }
  return copysign<f64>(r + ddl, x);
}

export function libmAcos(x: f64): f64 {
  const ax = Math.abs(x);
  if (!(ax <= 1.0)) return NaN;
  if (x == 1.0) return 0.0;
  if (x == -1.0) return PI_HI;
  if (ax < 5.551115123125783e-17) return PI_2_HI; // 2**-54: pi/2 - x rounds to pi/2
  const ch = cosOfAsin(ax);
  const cl = ddl;
  let r: f64;
  if (ch <= ax) {
    const qh = ddDiv(ch, cl, ax, 0);
    r = atanDD(qh, ddl);
  } else {
    const qh = ddDiv(ax, 0, ch, cl);
    const ah = atanDD(qh, ddl);
    r = ddAdd(PI_2_HI, PI_2_LO, -ah, -ddl);
  }
  if (x < 0) r = ddAdd(PI_HI, PI_LO, -r, -ddl);
  return r + ddl;
}

// 1/k! for k = 0..30 as (hi, lo) pairs.
// @ts-ignore: decorator
@lazy const INV_FACTORIAL: StaticArray<u64> = [
  0x3ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000,
  0x3fe0000000000000, 0x0000000000000000, 0x3fc5555555555555, 0x3c65555555555555,
  0x3fa5555555555555, 0x3c45555555555555, 0x3f81111111111111, 0x3c01111111111111,
  0x3f56c16c16c16c17, 0xbbef49f49f49f49f, 0x3f2a01a01a01a01a, 0x3b6a01a01a01a01a,
  0x3efa01a01a01a01a, 0x3b3a01a01a01a01a, 0x3ec71de3a556c734, 0xbb6c154f8ddc6c00,
  0x3e927e4fb7789f5c, 0x3b3cbbc05b4fa99a, 0x3e5ae64567f544e4, 0xbafc062e06d1f209,
  0x3e21eed8eff8d898, 0xbac2aec959e14c06, 0x3de6124613a86d09, 0x3a8f28e0cc748ebe,
  0x3da93974a8c07c9d, 0x3a305d6f8a2efd1f, 0x3d6ae7f3e733b81f, 0x39e1d8656b0ee8cb,
  0x3d2ae7f3e733b81f, 0x39a1d8656b0ee8cb, 0x3ce952c77030ad4a, 0x398ac981465ddc6c,
  0x3ca6827863b97d97, 0x394eec01221a8b0b, 0x3c62f49b46814157, 0x38f2650f61dbdcb4,
  0x3c1e542ba4020225, 0x387ea72b4afe3c2f, 0x3bd71b8ef6dcf572, 0xb87d043ae40c4647,
  0x3b90ce396db7f853, 0xb83aebcdbd20331c, 0x3b4761b41316381a, 0xb7d3423c7d91404f,
  0x3aff2cf01972f578, 0xb789ada5fcc1ab14, 0x3ab3f3ccdd165fa9, 0xb7458ddadf344487,
  0x3a688e85fc6a4e5a, 0xb7071c37ebd16540, 0x3a1d1ab1c2dccea3, 0x36a054d0c78aea14,
  0x39d0a18a2635085d, 0x366b9e2e28e1aa54, 0x398259f98b4358ad, 0x362eaf8c39dd9bc5,
  0x3933932c5047d60e, 0x35d832b7b530a627,
];

// @ts-ignore: decorator
@inline function invFactHi(k: i32): f64 {
  return reinterpret<f64>(unchecked(INV_FACTORIAL[2 * k]));
}

// @ts-ignore: decorator
@inline function invFactLo(k: i32): f64 {
  return reinterpret<f64>(unchecked(INV_FACTORIAL[2 * k + 1]));
}

// sin and cos of a double-double r, |r| <= pi/4, by Taylor series to r^29 (truncation below
// 2**-110 relative); results in sinH/sinL and cosH/cosL.
let sinH: f64 = 0, sinL: f64 = 0, cosH: f64 = 0, cosL: f64 = 0;

function sinCosDD(rh: f64, rl: f64): void {
  const r2h = ddMul(rh, rl, rh, rl);
  const r2l = ddl;
  let sh = invFactHi(29), sl = invFactLo(29);
  let ch = invFactHi(28), cl = invFactLo(28);
  for (let k = 13; k >= 0; k--) {
    let mh = ddMul(r2h, r2l, sh, sl);
    let ml = ddl;
    sh = ddAdd(invFactHi(2 * k + 1), invFactLo(2 * k + 1), -mh, -ml);
    sl = ddl;
    mh = ddMul(r2h, r2l, ch, cl);
    ml = ddl;
    ch = ddAdd(invFactHi(2 * k), invFactLo(2 * k), -mh, -ml);
    cl = ddl;
  }
  sinH = ddMul(rh, rl, sh, sl);
  sinL = ddl;
  cosH = ch;
  cosL = cl;
}

export function libmTan(x: f64): f64 {
  const k = highWord(x) & 0x7fff_ffff;
  if (k >= 0x7ff0_0000) return x - x;
  if (k < 0x3e40_0000) return x; // 2**-27
  let n: i32;
  let rh: f64, rl: f64;
  if (Math.abs(x) <= 0.7853981633974483) {
    n = 0;
    rh = x;
    rl = 0;
  } else if (k < 0x419921fb) {
    n = reduceSinCos(x);
    rh = reducedHi;
    rl = reducedLo;
  } else {
    n = reduceHuge(x);
    rh = reducedHi;
    rl = reducedLo;
  }
  sinCosDD(rh, rl);
  let h: f64;
  if ((n & 1) == 0) {
    h = ddDiv(sinH, sinL, cosH, cosL);
  } else {
    h = ddDiv(-cosH, -cosL, sinH, sinL);
  }
  return h + ddl;
}

// ---- exp after glibc (ARM's optimized-routines exp, as built with FMA) ----

// 2**(i/128) for i = 0..127 as (tail, scale bits - (i << 45)) pairs: scale is the double
// nearest 2**(i/128) and tail the relative error of that rounding.
// @ts-ignore: decorator
@lazy const EXP_TABLE: StaticArray<u64> = [
  0x0000000000000000, 0x3ff0000000000000, 0x3c9b3b4f1a88bf6e, 0x3feff63da9fb3335,
  0xbc7160139cd8dc5d, 0x3fefec9a3e778061, 0xbc905e7a108766d1, 0x3fefe315e86e7f85,
  0x3c8cd2523567f613, 0x3fefd9b0d3158574, 0xbc8bce8023f98efa, 0x3fefd06b29ddf6de,
  0x3c60f74e61e6c861, 0x3fefc74518759bc8, 0x3c90a3e45b33d399, 0x3fefbe3ecac6f383,
  0x3c979aa65d837b6d, 0x3fefb5586cf9890f, 0x3c8eb51a92fdeffc, 0x3fefac922b7247f7,
  0x3c3ebe3d702f9cd1, 0x3fefa3ec32d3d1a2, 0xbc6a033489906e0b, 0x3fef9b66affed31b,
  0xbc9556522a2fbd0e, 0x3fef9301d0125b51, 0xbc5080ef8c4eea55, 0x3fef8abdc06c31cc,
  0xbc91c923b9d5f416, 0x3fef829aaea92de0, 0x3c80d3e3e95c55af, 0x3fef7a98c8a58e51,
  0xbc801b15eaa59348, 0x3fef72b83c7d517b, 0xbc8f1ff055de323d, 0x3fef6af9388c8dea,
  0x3c8b898c3f1353bf, 0x3fef635beb6fcb75, 0xbc96d99c7611eb26, 0x3fef5be084045cd4,
  0x3c9aecf73e3a2f60, 0x3fef54873168b9aa, 0xbc8fe782cb86389d, 0x3fef4d5022fcd91d,
  0x3c8a6f4144a6c38d, 0x3fef463b88628cd6, 0x3c807a05b0e4047d, 0x3fef3f49917ddc96,
  0x3c968efde3a8a894, 0x3fef387a6e756238, 0x3c875e18f274487d, 0x3fef31ce4fb2a63f,
  0x3c80472b981fe7f2, 0x3fef2b4565e27cdd, 0xbc96b87b3f71085e, 0x3fef24dfe1f56381,
  0x3c82f7e16d09ab31, 0x3fef1e9df51fdee1, 0xbc3d219b1a6fbffa, 0x3fef187fd0dad990,
  0x3c8b3782720c0ab4, 0x3fef1285a6e4030b, 0x3c6e149289cecb8f, 0x3fef0cafa93e2f56,
  0x3c834d754db0abb6, 0x3fef06fe0a31b715, 0x3c864201e2ac744c, 0x3fef0170fc4cd831,
  0x3c8fdd395dd3f84a, 0x3feefc08b26416ff, 0xbc86a3803b8e5b04, 0x3feef6c55f929ff1,
  0xbc924aedcc4b5068, 0x3feef1a7373aa9cb, 0xbc9907f81b512d8e, 0x3feeecae6d05d866,
  0xbc71d1e83e9436d2, 0x3feee7db34e59ff7, 0xbc991919b3ce1b15, 0x3feee32dc313a8e5,
  0x3c859f48a72a4c6d, 0x3feedea64c123422, 0xbc9312607a28698a, 0x3feeda4504ac801c,
  0xbc58a78f4817895b, 0x3feed60a21f72e2a, 0xbc7c2c9b67499a1b, 0x3feed1f5d950a897,
  0x3c4363ed60c2ac11, 0x3feece086061892d, 0x3c9666093b0664ef, 0x3feeca41ed1d0057,
  0x3c6ecce1daa10379, 0x3feec6a2b5c13cd0, 0x3c93ff8e3f0f1230, 0x3feec32af0d7d3de,
  0x3c7690cebb7aafb0, 0x3feebfdad5362a27, 0x3c931dbdeb54e077, 0x3feebcb299fddd0d,
  0xbc8f94340071a38e, 0x3feeb9b2769d2ca7, 0xbc87deccdc93a349, 0x3feeb6daa2cf6642,
  0xbc78dec6bd0f385f, 0x3feeb42b569d4f82, 0xbc861246ec7b5cf6, 0x3feeb1a4ca5d920f,
  0x3c93350518fdd78e, 0x3feeaf4736b527da, 0x3c7b98b72f8a9b05, 0x3feead12d497c7fd,
  0x3c9063e1e21c5409, 0x3feeab07dd485429, 0x3c34c7855019c6ea, 0x3feea9268a5946b7,
  0x3c9432e62b64c035, 0x3feea76f15ad2148, 0xbc8ce44a6199769f, 0x3feea5e1b976dc09,
  0xbc8c33c53bef4da8, 0x3feea47eb03a5585, 0xbc845378892be9ae, 0x3feea34634ccc320,
  0xbc93cedd78565858, 0x3feea23882552225, 0x3c5710aa807e1964, 0x3feea155d44ca973,
  0xbc93b3efbf5e2228, 0x3feea09e667f3bcd, 0xbc6a12ad8734b982, 0x3feea012750bdabf,
  0xbc6367efb86da9ee, 0x3fee9fb23c651a2f, 0xbc80dc3d54e08851, 0x3fee9f7df9519484,
  0xbc781f647e5a3ecf, 0x3fee9f75e8ec5f74, 0xbc86ee4ac08b7db0, 0x3fee9f9a48a58174,
  0xbc8619321e55e68a, 0x3fee9feb564267c9, 0x3c909ccb5e09d4d3, 0x3feea0694fde5d3f,
  0xbc7b32dcb94da51d, 0x3feea11473eb0187, 0x3c94ecfd5467c06b, 0x3feea1ed0130c132,
  0x3c65ebe1abd66c55, 0x3feea2f336cf4e62, 0xbc88a1c52fb3cf42, 0x3feea427543e1a12,
  0xbc9369b6f13b3734, 0x3feea589994cce13, 0xbc805e843a19ff1e, 0x3feea71a4623c7ad,
  0xbc94d450d872576e, 0x3feea8d99b4492ed, 0x3c90ad675b0e8a00, 0x3feeaac7d98a6699,
  0x3c8db72fc1f0eab4, 0x3feeace5422aa0db, 0xbc65b6609cc5e7ff, 0x3feeaf3216b5448c,
  0x3c7bf68359f35f44, 0x3feeb1ae99157736, 0xbc93091fa71e3d83, 0x3feeb45b0b91ffc6,
  0xbc5da9b88b6c1e29, 0x3feeb737b0cdc5e5, 0xbc6c23f97c90b959, 0x3feeba44cbc8520f,
  0xbc92434322f4f9aa, 0x3feebd829fde4e50, 0xbc85ca6cd7668e4b, 0x3feec0f170ca07ba,
  0x3c71affc2b91ce27, 0x3feec49182a3f090, 0x3c6dd235e10a73bb, 0x3feec86319e32323,
  0xbc87c50422622263, 0x3feecc667b5de565, 0x3c8b1c86e3e231d5, 0x3feed09bec4a2d33,
  0xbc91bbd1d3bcbb15, 0x3feed503b23e255d, 0x3c90cc319cee31d2, 0x3feed99e1330b358,
  0x3c8469846e735ab3, 0x3feede6b5579fdbf, 0xbc82dfcd978e9db4, 0x3feee36bbfd3f37a,
  0x3c8c1a7792cb3387, 0x3feee89f995ad3ad, 0xbc907b8f4ad1d9fa, 0x3feeee07298db666,
  0xbc55c3d956dcaeba, 0x3feef3a2b84f15fb, 0xbc90a40e3da6f640, 0x3feef9728de5593a,
  0xbc68d6f438ad9334, 0x3feeff76f2fb5e47, 0xbc91eee26b588a35, 0x3fef05b030a1064a,
  0x3c74ffd70a5fddcd, 0x3fef0c1e904bc1d2, 0xbc91bdfbfa9298ac, 0x3fef12c25bd71e09,
  0x3c736eae30af0cb3, 0x3fef199bdd85529c, 0x3c8ee3325c9ffd94, 0x3fef20ab5fffd07a,
  0x3c84e08fd10959ac, 0x3fef27f12e57d14b, 0x3c63cdaf384e1a67, 0x3fef2f6d9406e7b5,
  0x3c676b2c6c921968, 0x3fef3720dcef9069, 0xbc808a1883ccb5d2, 0x3fef3f0b555dc3fa,
  0xbc8fad5d3ffffa6f, 0x3fef472d4a07897c, 0xbc900dae3875a949, 0x3fef4f87080d89f2,
  0x3c74a385a63d07a7, 0x3fef5818dcfba487, 0xbc82919e2040220f, 0x3fef60e316c98398,
  0x3c8e5a50d5c192ac, 0x3fef69e603db3285, 0x3c843a59ac016b4b, 0x3fef7321f301b460,
  0xbc82d52107b43e1f, 0x3fef7c97337b9b5f, 0xbc892ab93b470dc9, 0x3fef864614f5a129,
  0x3c74b604603a88d3, 0x3fef902ee78b3ff6, 0x3c83c5ec519d7271, 0x3fef9a51fbc74c83,
  0xbc8ff7128fd391f0, 0x3fefa4afa2a490da, 0xbc8dae98e223747d, 0x3fefaf482d8e67f1,
  0x3c8ec3bc41aa2008, 0x3fefba1bee615a27, 0x3c842b94c3a9eb32, 0x3fefc52b376bba97,
  0x3c8a64a931d185ee, 0x3fefd0765b6e4540, 0xbc8e37bae43be3ed, 0x3fefdbfdad9cbe14,
  0x3c77893b4d91cd9d, 0x3fefe7c1819e90d8, 0x3c5305c14160cc89, 0x3feff3c22b8f71f1,
];

const EXP_INV_LN2_N: f64 = 184.6649652337873;        // 0x1.71547652b82fep0 * 128
const EXP_NEG_LN2_HI_N: f64 = -0.005415212348111709;  // -0x1.62e42fefa0000p-8
const EXP_NEG_LN2_LO_N: f64 = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const EXP_SHIFT: f64 = 6755399441055744.0;           // 0x1.8p52
const EXP_C2: f64 = 0.49999999999996786;              // 0x1.ffffffffffdbdp-2
const EXP_C3: f64 = 0.16666666666665886;              // 0x1.555555555543cp-3
const EXP_C4: f64 = 0.0416666808410674;               // 0x1.55555cf172b91p-5
const EXP_C5: f64 = 0.008333335853059549;             // 0x1.1111167a4d017p-7

// scale * (1 + tmp) when the exponent of scale may have left the normal range.
function expSpecial(tmp: f64, sbits: u64, ki: u64): f64 {
  if ((ki & 0x8000_0000) == 0) {
    sbits -= <u64>1009 << 52;
    const scale = reinterpret<f64>(sbits);
    return 5.486124068793689e+303 * fma(scale, tmp, scale); // 0x1p1009
  }
  // Here scale * tmp has two uses and the compiler keeps it a separate product (measured).
  sbits += <u64>1022 << 52;
  const scale = reinterpret<f64>(sbits);
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1.0) {
    // Round to the final precision before scaling into the subnormal range.
    let lo = scale - y + product;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y == 0.0) y = 0.0;
  }
  return 2.2250738585072014e-308 * y; // 0x1p-1022
}

export function libmExp(x: f64): f64 {
  let abstop = <u32>(reinterpret<u64>(x) >> 52) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9) {
    if (<i32>(abstop - 0x3c9) < 0) return 1.0 + x;
    if (abstop >= 0x409) {
      if (reinterpret<u64>(x) == 0xfff0_0000_0000_0000) return 0.0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return (reinterpret<u64>(x) >> 63) != 0 ? 0.0 : Infinity;
    }
    abstop = 0;
  }
  let kd = fma(EXP_INV_LN2_N, x, EXP_SHIFT);
  const ki = reinterpret<u64>(kd);
  kd -= EXP_SHIFT;
  const r = fma(kd, EXP_NEG_LN2_LO_N, fma(kd, EXP_NEG_LN2_HI_N, x));
  const idx = <i32>((ki & 127) << 1);
  const top = ki << 45;
  const tail = reinterpret<f64>(unchecked(EXP_TABLE[idx]));
  const sbits = unchecked(EXP_TABLE[idx + 1]) + top;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_C5, EXP_C4), fma(r2, fma(r, EXP_C3, EXP_C2), tail + r));
  if (abstop == 0) return expSpecial(tmp, sbits, ki);
  const scale = reinterpret<f64>(sbits);
  return fma(scale, tmp, scale);
}

// ---- CPython's own kernels (Modules/mathmodule.c) ----

const PI: f64 = 3.141592653589793238462643383279502884197;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

// sin(pi * x) accurate near the integers (for the gamma reflection formula).
function sinpi(x: f64): f64 {
  const y = Math.abs(x) % 2.0;
  const n = <i32>Math.round(2.0 * y);
  let r: f64;
  switch (n) {
    case 0: r = libmSin(PI * y); break;
    case 1: r = libmCos(PI * (y - 0.5)); break;
    case 2: r = libmSin(PI * (1.0 - y)); break;
    case 3: r = -libmCos(PI * (y - 1.5)); break;
    default: r = libmSin(PI * (y - 2.0));
  }
  return copysign<f64>(1.0, x) * r;
}

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;

// @ts-ignore: decorator
@lazy const LANCZOS_NUM: StaticArray<f64> = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];

// The denominator x*(x+1)*...*(x+11) as a polynomial.
// @ts-ignore: decorator
@lazy const LANCZOS_DEN: StaticArray<f64> = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0,
];

// gamma(1) .. gamma(23), exact.
// @ts-ignore: decorator
@lazy const GAMMA_INTEGRAL: StaticArray<f64> = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

// The Lanczos sum as a rational function, in x or (for large x, to avoid overflow) in 1/x.
function lanczosSum(x: f64): f64 {
  let num: f64 = 0.0;
  let den: f64 = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + unchecked(LANCZOS_NUM[i]);
      den = den * x + unchecked(LANCZOS_DEN[i]);
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + unchecked(LANCZOS_NUM[i]);
      den = den / x + unchecked(LANCZOS_DEN[i]);
    }
  }
  return num / den;
}

// CPython's m_tgamma: Lanczos (N=13, g=6.0246...) with the x+g-0.5 rounding correction,
// reflection for negative x.
export function tgamma(x: f64): f64 {
  if (!isFinite(x)) {
    if (isNaN(x) || x > 0.0) return x;
    mathErrno = EDOM;
    return NaN;
  }
  if (x == 0.0) {
    mathErrno = EDOM;
    return copysign<f64>(Infinity, x);
  }
  if (x == Math.floor(x)) {
    if (x < 0.0) {
      mathErrno = EDOM;
      return NaN;
    }
    if (x <= 23) return unchecked(GAMMA_INTEGRAL[<i32>x - 1]);
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (isInf(r)) mathErrno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    mathErrno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: f64;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: f64;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * libmExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= Math.pow(y, absx - 0.5);
    } else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= Math.pow(y, absx - 0.5);
    } else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (isInf(r)) mathErrno = ERANGE;
  return r;
}

// CPython's m_lgamma.
export function lgamma(x: f64): f64 {
  if (!isFinite(x)) {
    if (isNaN(x)) return x;
    return Infinity;
  }
  if (x == Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mathErrno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (isInf(r)) mathErrno = ERANGE;
  return r;
}

// IEEE remainder (CPython's m_remainder): exact, ties to the even multiple.
export function remainderF(x: f64, y: f64): f64 {
  if (isFinite(x) && isFinite(y)) {
    if (y == 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: f64;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign<f64>(1.0, x) * r;
  }
  if (isNaN(x)) return x;
  if (isNaN(y)) return y;
  if (isInf(x)) return NaN;
  return x;
}

// CPython's m_atan2: C99 special values decided here, the rest by libm.
function atan2F(y: f64, x: f64): f64 {
  if (isNaN(x) || isNaN(y)) return NaN;
  if (isInf(y)) {
    if (isInf(x)) {
      if (copysign<f64>(1.0, x) == 1.0) return copysign<f64>(0.25 * PI, y);
      return copysign<f64>(0.75 * PI, y);
    }
    return copysign<f64>(0.5 * PI, y);
  }
  if (isInf(x) || y == 0.0) {
    if (copysign<f64>(1.0, x) == 1.0) return copysign<f64>(0.0, y);
    return copysign<f64>(PI, y);
  }
  return libmAtan2(y, x);
}

// log1p keeping the sign of zero (CPython's _Py_log1p).
function log1pF(x: f64): f64 {
  if (x == 0.0) return x;
  return libmLog1p(x);
}

// The m_log family: EDOM outside the domain, the libm function inside.
function mLog(x: f64): f64 {
  if (isFinite(x)) {
    if (x > 0.0) return Math.log(x);
    mathErrno = EDOM;
    return x == 0.0 ? -Infinity : NaN;
  }
  if (isNaN(x) || x > 0.0) return x;
  mathErrno = EDOM;
  return NaN;
}

function mLog2(x: f64): f64 {
  if (!isFinite(x)) {
    if (isNaN(x) || x > 0.0) return x;
    mathErrno = EDOM;
    return NaN;
  }
  if (x > 0.0) return Math.log2(x);
  mathErrno = EDOM;
  return x == 0.0 ? -Infinity : NaN;
}

function mLog10(x: f64): f64 {
  if (isFinite(x)) {
    if (x > 0.0) return libmLog10(x);
    mathErrno = EDOM;
    return x == 0.0 ? -Infinity : NaN;
  }
  if (isNaN(x) || x > 0.0) return x;
  mathErrno = EDOM;
  return NaN;
}

function sqrtF(x: f64): f64 {
  return Math.sqrt(x);
}
function fabsF(x: f64): f64 {
  return Math.abs(x);
}
function sinF(x: f64): f64 {
  return libmSin(x);
}
function cosF(x: f64): f64 {
  return libmCos(x);
}
function tanF(x: f64): f64 {
  return libmTan(x);
}
function asinF(x: f64): f64 {
  return libmAsin(x);
}
function acosF(x: f64): f64 {
  return libmAcos(x);
}
function atanF(x: f64): f64 {
  return libmAtan(x);
}
function asinhF(x: f64): f64 {
  return libmAsinh(x);
}
function acoshF(x: f64): f64 {
  return libmAcosh(x);
}
function atanhF(x: f64): f64 {
  return libmAtanh(x);
}
function expF(x: f64): f64 {
  return libmExp(x);
}
function exp2F(x: f64): f64 {
  return Math.exp2(x);
}

// ---- argument helpers ----

// math_1: one float argument, errors from the shape of the result.
function math1(name: string, args: usize, nargs: i32, kwnames: PyTuple | null, f: (x: f64) => f64, canOverflow: bool): Value {
  const fname = "math." + name;
  if (!noKeywords(fname, kwnames) || !checkPositional(fname, nargs, 1, 1)) return ERR;
  const x = toDouble(arg(args, 0));
  if (conversionError()) return ERR;
  mathErrno = 0;
  const r = f(x);
  if (isNaN(r) && !isNaN(x)) return domainError();
  if (isInf(r) && isFinite(x)) return canOverflow ? rangeError() : domainError();
  return fromFloat(r);
}

// math_1a: the kernel reports errors through mathErrno.
function math1a(name: string, args: usize, nargs: i32, kwnames: PyTuple | null, f: (x: f64) => f64): Value {
  const fname = "math." + name;
  if (!noKeywords(fname, kwnames) || !checkPositional(fname, nargs, 1, 1)) return ERR;
  const x = toDouble(arg(args, 0));
  if (conversionError()) return ERR;
  mathErrno = 0;
  const r = f(x);
  return errnoResult(r);
}

// math_2: two float arguments.
function math2(name: string, args: usize, nargs: i32, kwnames: PyTuple | null, f: (x: f64, y: f64) => f64): Value {
  if (!(kwnames === null || noKeywords("math." + name, kwnames)) || !checkPositional(name, nargs, 2, 2)) return ERR;
  const x = toDouble(arg(args, 0));
  if (conversionError()) return ERR;
  const y = toDouble(arg(args, 1));
  if (conversionError()) return ERR;
  const r = f(x, y);
  if (isNaN(r)) {
    if (!isNaN(x) && !isNaN(y)) return domainError();
  } else if (isInf(r)) {
    if (isFinite(x) && isFinite(y)) return rangeError();
  }
  return fromFloat(r);
}

// One float argument without error checks on the result (clinic "x: double").
function oneDouble(name: string, args: usize, nargs: i32, kwnames: PyTuple | null): f64 {
  const fname = "math." + name;
  if (!noKeywords(fname, kwnames) || !checkPositional(fname, nargs, 1, 1)) {
    argFailed = true;
    return 0;
  }
  const x = toDouble(arg(args, 0));
  argFailed = conversionError();
  return x;
}

let argFailed = false;

// ---- the functions ----

function m_sqrt(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("sqrt", args, nargs, kwnames, sqrtF, false);
}
function m_fabs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("fabs", args, nargs, kwnames, fabsF, false);
}
function m_sin(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("sin", args, nargs, kwnames, sinF, false);
}
function m_cos(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("cos", args, nargs, kwnames, cosF, false);
}
function m_tan(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("tan", args, nargs, kwnames, tanF, false);
}
function m_asin(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("asin", args, nargs, kwnames, asinF, false);
}
function m_acos(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("acos", args, nargs, kwnames, acosF, false);
}
function m_atan(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("atan", args, nargs, kwnames, atanF, false);
}
function m_sinh(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("sinh", args, nargs, kwnames, libmSinh, true);
}
function m_cosh(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("cosh", args, nargs, kwnames, libmCosh, true);
}
function m_tanh(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("tanh", args, nargs, kwnames, libmTanh, false);
}
function m_asinh(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("asinh", args, nargs, kwnames, asinhF, false);
}
function m_acosh(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("acosh", args, nargs, kwnames, acoshF, false);
}
function m_atanh(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("atanh", args, nargs, kwnames, atanhF, false);
}
function m_exp(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("exp", args, nargs, kwnames, expF, true);
}
function m_exp2(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("exp2", args, nargs, kwnames, exp2F, true);
}
function m_expm1(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("expm1", args, nargs, kwnames, libmExpm1, true);
}
function m_log1p(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("log1p", args, nargs, kwnames, log1pF, false);
}
function m_cbrt(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1("cbrt", args, nargs, kwnames, libmCbrt, false);
}
function m_erf(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1a("erf", args, nargs, kwnames, libmErf);
}
function m_erfc(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1a("erfc", args, nargs, kwnames, libmErfc);
}
function m_gamma(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1a("gamma", args, nargs, kwnames, tgamma);
}
function m_lgamma(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math1a("lgamma", args, nargs, kwnames, lgamma);
}

function copysignF(x: f64, y: f64): f64 {
  return copysign<f64>(x, y);
}
function m_atan2(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math2("atan2", args, nargs, kwnames, atan2F);
}
function m_copysign(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math2("copysign", args, nargs, kwnames, copysignF);
}
function m_remainder(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return math2("remainder", args, nargs, kwnames, remainderF);
}

function m_fmod(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.fmod", kwnames) || !checkPositional("fmod", nargs, 2, 2)) return ERR;
  const x = toDouble(arg(args, 0));
  if (conversionError()) return ERR;
  const y = toDouble(arg(args, 1));
  if (conversionError()) return ERR;
  if (isInf(y) && isFinite(x)) return fromFloat(x);
  const r = x % y;
  if (isNaN(r) && !isNaN(x) && !isNaN(y)) return domainError();
  return fromFloat(r);
}

// math.pow: IEEE special cases decided here, finite ** finite by libm.
function m_pow(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.pow", kwnames) || !checkPositional("pow", nargs, 2, 2)) return ERR;
  const x = toDouble(arg(args, 0));
  if (conversionError()) return ERR;
  const y = toDouble(arg(args, 1));
  if (conversionError()) return ERR;
  let r: f64;
  if (!isFinite(x) || !isFinite(y)) {
    if (isNaN(x)) r = y == 0.0 ? 1.0 : x;
    else if (isNaN(y)) r = x == 1.0 ? 1.0 : y;
    else if (isInf(x)) {
      const oddY = isFinite(y) && (Math.abs(y) % 2.0) == 1.0;
      if (y > 0.0) r = oddY ? x : Math.abs(x);
      else if (y == 0.0) r = 1.0;
      else r = oddY ? copysign<f64>(0.0, x) : 0.0;
    } else {
      if (Math.abs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && Math.abs(x) > 1.0) r = y;
      else if (y < 0.0 && Math.abs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return fromFloat(r);
  }
  r = Math.pow(x, y);
  if (isNaN(r)) return domainError();
  if (isInf(r)) return x == 0.0 ? domainError() : rangeError();
  return fromFloat(r);
}

// loghelper: ints of any size (log of m * 2**e) and everything else through math_1.
function logOf(v: Value, f: (x: f64) => f64): f64 {
  argFailed = false;
  if (isIntValue(v)) {
    if (intSign(v) <= 0) {
      domainError();
      argFailed = true;
      return 0;
    }
    const x = intToF64(v);
    if (isFinite(x)) return f(x);
    // Too large for a double: log(m) + log(2) * e with m the rounded top bits.
    const big = toBig(v);
    const bits = big.bitLength();
    const shift = bits - 64;
    const top = BigNum.shr(big, shift);
    let word = <u64>top.toI64();
    if (BigNum.compare(BigNum.shl(top, shift), big) != 0) word |= 1;
    let m = <f64>word * 5.421010862427522e-20; // 2**-64
    let e = <i64>bits;
    if (m == 1.0) {
      m = 0.5;
      e += 1;
    }
    return f(m) + f(2.0) * <f64>e;
  }
  const x = toDouble(v);
  if (conversionError()) {
    argFailed = true;
    return 0;
  }
  mathErrno = 0;
  const r = f(x);
  if ((isNaN(r) && !isNaN(x)) || (isInf(r) && isFinite(x))) {
    domainError();
    argFailed = true;
    return 0;
  }
  return r;
}

function m_log(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.log", kwnames) || !checkPositional("log", nargs, 1, 2)) return ERR;
  const num = logOf(arg(args, 0), mLog);
  if (argFailed) return ERR;
  if (nargs == 1) return fromFloat(num);
  const den = logOf(arg(args, 1), mLog);
  if (argFailed) return ERR;
  if (den == 0) return raise(E.ZeroDivisionError, "float division by zero");
  return fromFloat(num / den);
}

function m_log2(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.log2", kwnames) || !checkPositional("math.log2", nargs, 1, 1)) return ERR;
  const r = logOf(arg(args, 0), mLog2);
  return argFailed ? ERR : fromFloat(r);
}

function m_log10(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.log10", kwnames) || !checkPositional("math.log10", nargs, 1, 1)) return ERR;
  const r = logOf(arg(args, 0), mLog10);
  return argFailed ? ERR : fromFloat(r);
}

// floor/ceil: exact floats directly, other objects through __floor__/__ceil__, else float().
function roundingFunction(name: string, special: PyStr, up: bool, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const fname = "math." + name;
  if (!noKeywords(fname, kwnames) || !checkPositional(fname, nargs, 1, 1)) return ERR;
  const v = arg(args, 0);
  let x: f64;
  if (isFloat(v)) {
    x = floatOf(v);
  } else {
    const r = callSpecial0(v, special);
    if (r != NULL) return r;
    x = toDouble(v);
    if (conversionError()) return ERR;
  }
  return intFromFloat(up ? Math.ceil(x) : Math.floor(x));
}

function m_floor(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return roundingFunction("floor", N.__floor__, false, args, nargs, kwnames);
}

function m_ceil(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return roundingFunction("ceil", N.__ceil__, true, args, nargs, kwnames);
}

function m_trunc(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.trunc", kwnames) || !checkPositional("math.trunc", nargs, 1, 1)) return ERR;
  const v = arg(args, 0);
  if (isFloat(v)) return intFromFloat(Math.trunc(floatOf(v)));
  const r = callSpecial0(v, N.__trunc__);
  if (r == NULL) return typeError("type " + typeName(v) + " doesn't define __trunc__ method");
  return r;
}

function m_frexp(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("frexp", args, nargs, kwnames);
  if (argFailed) return ERR;
  if (isNaN(x) || isInf(x) || x == 0) return newTuple2(fromFloat(x), fromSmall(0));
  return newTuple2(fromFloat(frexpMantissa(x)), fromSmall(frexpExponent(x)));
}

function m_ldexp(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.ldexp", kwnames) || !checkPositional("ldexp", nargs, 2, 2)) return ERR;
  const x = toDouble(arg(args, 0));
  if (conversionError()) return ERR;
  const iv = arg(args, 1);
  if (!isIntValue(iv)) return typeError("Expected an int as second argument to ldexp.");
  if (x == 0.0 || !isFinite(x)) return fromFloat(x);
  let e: i64;
  if (!intFitsI64(iv)) e = intSign(iv) < 0 ? i64.MIN_VALUE : i64.MAX_VALUE;
  else e = intToI64(iv);
  if (e > 0x7fff_ffff) return rangeError();
  if (e < -0x8000_0000) return fromFloat(copysign<f64>(0.0, x));
  const r = NativeMath.scalbn(x, <i32>e);
  if (isInf(r)) return rangeError();
  return fromFloat(r);
}

function m_modf(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("modf", args, nargs, kwnames);
  if (argFailed) return ERR;
  if (isInf(x)) return newTuple2(fromFloat(copysign<f64>(0.0, x)), fromFloat(x));
  if (isNaN(x)) return newTuple2(fromFloat(x), fromFloat(x));
  const whole = Math.trunc(x);
  return newTuple2(fromFloat(copysign<f64>(x - whole, x)), fromFloat(whole));
}

function m_isfinite(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("isfinite", args, nargs, kwnames);
  if (argFailed) return ERR;
  return fromBool(isFinite(x));
}

function m_isinf(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("isinf", args, nargs, kwnames);
  if (argFailed) return ERR;
  return fromBool(isInf(x));
}

function m_isnan(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("isnan", args, nargs, kwnames);
  if (argFailed) return ERR;
  return fromBool(isNaN(x));
}

// Rounded at compile time like C's Py_MATH_PI / 180.0.
const DEG_TO_RAD: f64 = PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / PI;

function m_degrees(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("degrees", args, nargs, kwnames);
  if (argFailed) return ERR;
  return fromFloat(x * RAD_TO_DEG);
}

function m_radians(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const x = oneDouble("radians", args, nargs, kwnames);
  if (argFailed) return ERR;
  return fromFloat(x * DEG_TO_RAD);
}

const M_ISCLOSE_PARAMS = ["a", "b", "rel_tol", "abs_tol"];

function m_isclose(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = kwnames !== null ? kwnames.length : 0;
  if (nargs - nkw > 2) return typeError("isclose() takes exactly 2 positional arguments (" + (nargs - nkw).toString() + " given)");
  const a = new Args(4);
  if (!parseArgs("isclose", args, nargs, kwnames, M_ISCLOSE_PARAMS, 2, 0, 2, a)) return ERR;
  const x = toDouble(a.get(0));
  if (conversionError()) return ERR;
  const y = toDouble(a.get(1));
  if (conversionError()) return ERR;
  let relTol: f64 = 1e-09;
  let absTol: f64 = 0.0;
  if (a.has(2)) {
    relTol = toDouble(a.get(2));
    if (conversionError()) return ERR;
  }
  if (a.has(3)) {
    absTol = toDouble(a.get(3));
    if (conversionError()) return ERR;
  }
  if (relTol < 0.0 || absTol < 0.0) return valueError("tolerances must be non-negative");
  if (x == y) return TRUE;
  if (isInf(x) || isInf(y)) return FALSE;
  const diff = Math.abs(y - x);
  return fromBool(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
}

// ---- vector norms ----

function m_hypot(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.hypot", kwnames)) return ERR;
  const vec = new StaticArray<f64>(nargs > 0 ? nargs : 1);
  let max: f64 = 0.0;
  let foundNan = false;
  for (let i = 0; i < nargs; i++) {
    const x = Math.abs(toDouble(arg(args, i)));
    if (conversionError()) return ERR;
    unchecked(vec[i] = x);
    if (isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return fromFloat(vectorNorm(vec, nargs, max, foundNan));
}

function m_dist(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.dist", kwnames) || !checkPositional("dist", nargs, 2, 2)) return ERR;
  const p = sequenceToTuple(arg(args, 0));
  if (p == ERR) return ERR;
  const q = sequenceToTuple(arg(args, 1));
  if (q == ERR) return ERR;
  const pt = changetype<PyTuple>(objOf(p));
  const qt = changetype<PyTuple>(objOf(q));
  const n = qt.length;
  if (pt.length != n) return valueError("both points must have the same number of dimensions");
  const vec = new StaticArray<f64>(n > 0 ? n : 1);
  let max: f64 = 0.0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const px = toDouble(pt.get(i));
    if (conversionError()) return ERR;
    const qx = toDouble(qt.get(i));
    if (conversionError()) return ERR;
    const x = Math.abs(px - qx);
    unchecked(vec[i] = x);
    if (isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return fromFloat(vectorNorm(vec, n, max, foundNan));
}

// ---- sums and products ----

// Shewchuk's exact summation with CPython's final half-even correction (math.fsum).
function m_fsum(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.fsum", kwnames) || !checkPositional("math.fsum", nargs, 1, 1)) return ERR;
  const it = getIter(arg(args, 0));
  if (it == ERR) return ERR;
  const p = new Array<f64>();
  let n = 0;
  let specialSum: f64 = 0.0;
  let infSum: f64 = 0.0;
  while (true) {
    const item = iterNext(it);
    if (item == NULL) break;
    if (item == ERR) return ERR;
    let x = toDouble(item);
    if (conversionError()) return ERR;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = unchecked(p[j]);
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo != 0.0) unchecked(p[i++] = lo);
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) return raise(E.OverflowError, "intermediate overflow in fsum");
        if (isInf(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        if (n < p.length) unchecked(p[n] = x);
        else p.push(x);
        n++;
      }
    }
  }
  if (specialSum != 0.0) {
    if (isNaN(infSum)) return valueError("-inf + inf in fsum");
    return fromFloat(specialSum);
  }
  let hi: f64 = 0.0;
  if (n > 0) {
    hi = unchecked(p[--n]);
    let lo: f64 = 0.0;
    while (n > 0) {
      const x = hi;
      const y = unchecked(p[--n]);
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && unchecked(p[n - 1]) < 0.0) || (lo > 0.0 && unchecked(p[n - 1]) > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return fromFloat(hi);
}

const M_PROD_PARAMS = ["iterable", "start"];

function m_prod(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = kwnames !== null ? kwnames.length : 0;
  if (nargs - nkw != 1) return typeError("prod() takes exactly 1 positional argument (" + (nargs - nkw).toString() + " given)");
  const a = new Args(2);
  if (!parseArgs("prod", args, nargs, kwnames, M_PROD_PARAMS, 1, 1, 1, a)) return ERR;
  let result = a.has(1) ? a.get(1) : fromSmall(1);
  const it = getIter(a.get(0));
  if (it == ERR) return ERR;
  while (true) {
    const item = iterNext(it);
    if (item == NULL) break;
    if (item == ERR) return ERR;
    result = binaryOp(result, item, BinOp.MULTIPLY);
    if (result == ERR) return ERR;
  }
  return result;
}

// A triple-length accumulator for sumprod (CPython's TripleLength with tl_fma).
class Triple {
  hi: f64 = 0;
  lo: f64 = 0;
  tiny: f64 = 0;
}

function tripleFma(x: f64, y: f64, total: Triple, out: Triple): void {
  const prHi = twoProduct(x, y);
  const prLo = lastLow();
  const smHi = twoSum(total.hi, prHi);
  const smLo = lastLow();
  const r1Hi = twoSum(total.lo, prLo);
  const r1Lo = lastLow();
  const r2Hi = twoSum(r1Hi, smLo);
  const r2Lo = lastLow();
  out.hi = smHi;
  out.lo = r2Hi;
  out.tiny = total.tiny + r1Lo + r2Lo;
}

function tripleToDouble(t: Triple): f64 {
  const hi = twoSum(t.lo, t.hi);
  const lo = lastLow();
  return t.tiny + lo + hi;
}

// sumprod(p, q) with CPython 3.12's paths: exact i64 accumulation for ints, triple-length
// accumulation for float/int mixes, generic arithmetic for anything else.
function m_sumprod(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.sumprod", kwnames) || !checkPositional("sumprod", nargs, 2, 2)) return ERR;
  const pIt = getIter(arg(args, 0));
  if (pIt == ERR) return ERR;
  const qIt = getIter(arg(args, 1));
  if (qIt == ERR) return ERR;
  let total: Value = fromSmall(0);
  let intPath = true;
  let intInUse = false;
  let intTotal: i64 = 0;
  let fltPath = true;
  let fltInUse = false;
  let flt = new Triple();
  let next = new Triple();
  while (true) {
    const pi = iterNext(pIt);
    if (pi == ERR) return ERR;
    const qi = iterNext(qIt);
    if (qi == ERR) return ERR;
    const pStopped = pi == NULL;
    const qStopped = qi == NULL;
    if (pStopped != qStopped) return valueError("Inputs are not the same length");
    const finished = pStopped;
    if (intPath) {
      let handled = false;
      if (!finished && isExactInt(pi) && isExactInt(qi) && intFitsI64(pi) && intFitsI64(qi)) {
        const a = intToI64(pi);
        const b = intToI64(qi);
        const prod = a * b;
        const fits = a == 0 || (prod / a == b && !(a == -1 && b == i64.MIN_VALUE) && !(b == -1 && a == i64.MIN_VALUE));
        if (fits) {
          const sum = intTotal + prod;
          const overflow = (prod > 0 && sum < intTotal) || (prod < 0 && sum > intTotal);
          if (!overflow) {
            intTotal = sum;
            intInUse = true;
            handled = true;
          }
        }
      }
      if (handled) continue;
      intPath = false;
      if (intInUse) {
        total = binaryOp(total, intFromI64(intTotal), BinOp.ADD);
        if (total == ERR) return ERR;
        intTotal = 0;
        intInUse = false;
      }
    }
    if (fltPath) {
      let handled = false;
      if (!finished) {
        let fp: f64 = 0, fq: f64 = 0;
        let ok = true;
        if (isFloat(pi) && isFloat(qi)) {
          fp = floatOf(pi);
          fq = floatOf(qi);
        } else if (isFloat(pi) && (isExactInt(qi) || qi == TRUE || qi == FALSE)) {
          fp = floatOf(pi);
          fq = intToF64(qi);
          ok = isFinite(fq);
        } else if (isFloat(qi) && (isExactInt(pi) || pi == TRUE || pi == FALSE)) {
          fq = floatOf(qi);
          fp = intToF64(pi);
          ok = isFinite(fp);
        } else {
          ok = false;
        }
        if (ok) {
          tripleFma(fp, fq, flt, next);
          if (isFinite(next.hi)) {
            const t = flt;
            flt = next;
            next = t;
            fltInUse = true;
            handled = true;
          }
        }
      }
      if (handled) continue;
      fltPath = false;
      if (fltInUse) {
        total = binaryOp(total, fromFloat(tripleToDouble(flt)), BinOp.ADD);
        if (total == ERR) return ERR;
        fltInUse = false;
      }
    }
    if (finished) return total;
    const term = binaryOp(pi, qi, BinOp.MULTIPLY);
    if (term == ERR) return ERR;
    total = binaryOp(total, term, BinOp.ADD);
    if (total == ERR) return ERR;
  }
  return total;
}

// ---- integer functions ----

// product(range(lo, hi)) for 1 <= lo <= hi, by balanced splitting (fast with Karatsuba).
function rangeProduct(lo: u64, hi: u64): BigNum {
  const n = hi - lo;
  if (n == 0) return BigNum.fromI64(1);
  if (n <= 4 && hi <= 0x10000) {
    // at most four factors below 2**16: the product fits in 64 bits
    let acc: u64 = 1;
    for (let i = lo; i < hi; i++) acc *= i;
    return BigNum.fromU64(acc);
  }
  if (n == 1) return BigNum.fromU64(lo);
  const mid = lo + n / 2;
  return BigNum.mul(rangeProduct(lo, mid), rangeProduct(mid, hi));
}

// product(range(n - k + 1, n + 1)) for big n, k >= 1 (k fits a u64).
function fallingProduct(n: BigNum, k: u64): BigNum {
  if (k == 1) return n;
  if (k == 0) return BigNum.fromI64(1);
  const j = k / 2;
  const left = fallingProduct(n, j);
  const right = fallingProduct(BigNum.sub(n, BigNum.fromU64(j)), k - j);
  return BigNum.mul(left, right);
}

function factorialBig(n: u64): BigNum {
  return rangeProduct(1, n + 1);
}

function m_factorial(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.factorial", kwnames) || !checkPositional("math.factorial", nargs, 1, 1)) return ERR;
  const v = index(arg(args, 0));
  if (v == ERR) return ERR;
  if (!intFitsI64(v)) {
    if (intSign(v) > 0) return raise(E.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    return valueError("factorial() not defined for negative values");
  }
  const n = intToI64(v);
  if (n < 0) return valueError("factorial() not defined for negative values");
  return fromBig(factorialBig(<u64>n));
}

function m_gcd(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.gcd", kwnames)) return ERR;
  if (nargs == 0) return fromSmall(0);
  const first = index(arg(args, 0));
  if (first == ERR) return ERR;
  let g = BigNum.abs(toBig(first));
  for (let i = 1; i < nargs; i++) {
    const x = index(arg(args, i));
    if (x == ERR) return ERR;
    if (g.size == 1 && g.toI64() == 1) continue;
    g = BigNum.gcd(g, toBig(x));
  }
  return fromBig(g);
}

function m_lcm(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.lcm", kwnames)) return ERR;
  if (nargs == 0) return fromSmall(1);
  const first = index(arg(args, 0));
  if (first == ERR) return ERR;
  let l = BigNum.abs(toBig(first));
  for (let i = 1; i < nargs; i++) {
    const x = index(arg(args, i));
    if (x == ERR) return ERR;
    if (l.isZero()) continue;
    const b = toBig(x);
    if (b.isZero()) {
      l = b;
      continue;
    }
    const g = BigNum.gcd(l, b);
    l = BigNum.abs(BigNum.mul(BigNum.floorDiv(l, g), b));
  }
  return fromBig(l);
}

// comb/perm bounds: n and k as non-negative ints, errors with CPython's wording.
function combArgs(args: usize, out: StaticArray<u64>): bool {
  const n = index(arg(args, 0));
  if (n == ERR) return false;
  const k = index(arg(args, 1));
  if (k == ERR) return false;
  if (intSign(n) < 0) {
    valueError("n must be a non-negative integer");
    return false;
  }
  if (intSign(k) < 0) {
    valueError("k must be a non-negative integer");
    return false;
  }
  unchecked(out[0] = n);
  unchecked(out[1] = k);
  return true;
}

function m_comb(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.comb", kwnames) || !checkPositional("comb", nargs, 2, 2)) return ERR;
  const nk = new StaticArray<u64>(2);
  if (!combArgs(args, nk)) return ERR;
  const n = unchecked(nk[0]);
  let k = unchecked(nk[1]);
  if (intCompare(k, n) > 0) return fromSmall(0);
  const rest = intSub(n, k);
  if (intCompare(rest, k) < 0) k = rest;
  if (!intFitsI64(k)) return raise(E.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  const kk = <u64>intToI64(k);
  if (kk == 0) return fromSmall(1);
  const num = fallingProduct(toBig(n), kk);
  return fromBig(BigNum.floorDiv(num, factorialBig(kk)));
}

function m_perm(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.perm", kwnames) || !checkPositional("perm", nargs, 1, 2)) return ERR;
  if (nargs == 1 || arg(args, 1) == NONE) return m_factorial(args, 1, null);
  const nk = new StaticArray<u64>(2);
  if (!combArgs(args, nk)) return ERR;
  const n = unchecked(nk[0]);
  const k = unchecked(nk[1]);
  if (intCompare(n, k) < 0) return fromSmall(0);
  if (!intFitsI64(k)) return raise(E.OverflowError, "k must not exceed 9223372036854775807");
  const kk = <u64>intToI64(k);
  if (kk == 0) return fromSmall(1);
  return fromBig(fallingProduct(toBig(n), kk));
}

function m_isqrt(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("math.isqrt", kwnames) || !checkPositional("math.isqrt", nargs, 1, 1)) return ERR;
  const n = index(arg(args, 0));
  if (n == ERR) return ERR;
  if (intSign(n) < 0) return valueError("isqrt() argument must be nonnegative");
  return fromBig(BigNum.isqrt(toBig(n)));
}

// ---- float neighbours ----

const M_NEXTAFTER_PARAMS = ["x", "y", "steps"];

function m_nextafter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const nkw = kwnames !== null ? kwnames.length : 0;
  if (nargs - nkw > 2) return typeError("nextafter() takes exactly 2 positional arguments (" + (nargs - nkw).toString() + " given)");
  const a = new Args(3);
  if (!parseArgs("nextafter", args, nargs, kwnames, M_NEXTAFTER_PARAMS, 2, 2, 2, a)) return ERR;
  const x = toDouble(a.get(0));
  if (conversionError()) return ERR;
  const y = toDouble(a.get(1));
  if (conversionError()) return ERR;
  if (!a.has(2) || a.get(2) == NONE) return fromFloat(nextAfter(x, y));
  const s = index(a.get(2));
  if (s == ERR) return ERR;
  if (intSign(s) < 0) return valueError("steps must be a non-negative integer");
  let steps: u64 = u64.MAX_VALUE;
  const big = toBig(s);
  if (big.bitLength() <= 64) {
    let w: u64 = 0;
    const limbs = big.limbs;
    if (big.size > 0) w = <u64>unchecked(limbs[0]);
    if (big.size > 1) w |= <u64>unchecked(limbs[1]) << 32;
    steps = w;
  }
  if (steps == 0) return fromFloat(x);
  if (isNaN(x)) return fromFloat(x);
  if (isNaN(y)) return fromFloat(y);
  const ux = reinterpret<u64>(x);
  const uy = reinterpret<u64>(y);
  if (ux == uy) return fromFloat(x);
  const signBit: u64 = 1 << 63;
  const ax = ux & ~signBit;
  const ay = uy & ~signBit;
  if (((ux ^ uy) & signBit) != 0) {
    if (ax + ay <= steps) return fromFloat(y);
    if (ax < steps) return fromFloat(reinterpret<f64>((uy & signBit) | (steps - ax)));
    return fromFloat(reinterpret<f64>(ux - steps));
  }
  if (ax > ay) {
    if (ax - ay >= steps) return fromFloat(reinterpret<f64>(ux - steps));
    return fromFloat(y);
  }
  if (ay - ax >= steps) return fromFloat(reinterpret<f64>(ux + steps));
  return fromFloat(y);
}

// C99 nextafter.
export function nextAfter(x: f64, y: f64): f64 {
  if (isNaN(x) || isNaN(y)) return x + y;
  if (x == y) return y;
  if (x == 0) return copysign<f64>(reinterpret<f64>(<u64>1), y);
  const ux = reinterpret<u64>(x);
  if ((y > x) == (x > 0)) return reinterpret<f64>(ux + 1);
  return reinterpret<f64>(ux - 1);
}

function m_ulp(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  let x = oneDouble("ulp", args, nargs, kwnames);
  if (argFailed) return ERR;
  if (isNaN(x)) return fromFloat(x);
  x = Math.abs(x);
  if (isInf(x)) return fromFloat(x);
  const x2 = nextAfter(x, Infinity);
  if (isInf(x2)) return fromFloat(x - nextAfter(x, -Infinity));
  return fromFloat(x2 - x);
}

// ---- the module ----

let mathModuleObj: PyModule | null = null;

export function mathModule(): Value {
  let m = mathModuleObj;
  if (m !== null) return fromObj(m);
  m = newModule("math", null);
  mathModuleObj = m;
  const d = m.mdict;
  defFunction(d, "acos", m_acos);
  defFunction(d, "acosh", m_acosh);
  defFunction(d, "asin", m_asin);
  defFunction(d, "asinh", m_asinh);
  defFunction(d, "atan", m_atan);
  defFunction(d, "atan2", m_atan2);
  defFunction(d, "atanh", m_atanh);
  defFunction(d, "cbrt", m_cbrt);
  defFunction(d, "ceil", m_ceil);
  defFunction(d, "comb", m_comb);
  defFunction(d, "copysign", m_copysign);
  defFunction(d, "cos", m_cos);
  defFunction(d, "cosh", m_cosh);
  defFunction(d, "degrees", m_degrees);
  defFunction(d, "dist", m_dist);
  defFunction(d, "erf", m_erf);
  defFunction(d, "erfc", m_erfc);
  defFunction(d, "exp", m_exp);
  defFunction(d, "exp2", m_exp2);
  defFunction(d, "expm1", m_expm1);
  defFunction(d, "fabs", m_fabs);
  defFunction(d, "factorial", m_factorial);
  defFunction(d, "floor", m_floor);
  defFunction(d, "fmod", m_fmod);
  defFunction(d, "frexp", m_frexp);
  defFunction(d, "fsum", m_fsum);
  defFunction(d, "gamma", m_gamma);
  defFunction(d, "gcd", m_gcd);
  defFunction(d, "hypot", m_hypot);
  defFunction(d, "isclose", m_isclose);
  defFunction(d, "isfinite", m_isfinite);
  defFunction(d, "isinf", m_isinf);
  defFunction(d, "isnan", m_isnan);
  defFunction(d, "isqrt", m_isqrt);
  defFunction(d, "lcm", m_lcm);
  defFunction(d, "ldexp", m_ldexp);
  defFunction(d, "lgamma", m_lgamma);
  defFunction(d, "log", m_log);
  defFunction(d, "log10", m_log10);
  defFunction(d, "log1p", m_log1p);
  defFunction(d, "log2", m_log2);
  defFunction(d, "modf", m_modf);
  defFunction(d, "nextafter", m_nextafter);
  defFunction(d, "perm", m_perm);
  defFunction(d, "pow", m_pow);
  defFunction(d, "prod", m_prod);
  defFunction(d, "radians", m_radians);
  defFunction(d, "remainder", m_remainder);
  defFunction(d, "sin", m_sin);
  defFunction(d, "sinh", m_sinh);
  defFunction(d, "sqrt", m_sqrt);
  defFunction(d, "sumprod", m_sumprod);
  defFunction(d, "tan", m_tan);
  defFunction(d, "tanh", m_tanh);
  defFunction(d, "trunc", m_trunc);
  defFunction(d, "ulp", m_ulp);
  d.setStr(intern("pi"), fromFloat(PI));
  d.setStr(intern("e"), fromFloat(2.718281828459045235360287471352662498));
  d.setStr(intern("tau"), fromFloat(6.283185307179586476925286766559005768));
  d.setStr(intern("inf"), fromFloat(Infinity));
  d.setStr(intern("nan"), fromFloat(NaN));
  return fromObj(m);
}
