// The random module: CPython's Mersenne Twister (MT19937) and random.py's algorithms,
// step for step, so a seeded program draws exactly the numbers CPython 3.12 draws.
//
// random.Random is a native type whose instances carry the generator state; the module's
// functions are builtins bound to one hidden instance (random.py's `_inst`). Seeding follows
// _randommodule.c (init_by_array over the 32-bit words of abs(n)) and random.py's version 2
// for str/bytes (the bytes followed by their SHA-512 digest, read as a big-endian int).
// Arithmetic that random.py performs on caller-supplied values (uniform's a + (b-a)*r,
// gauss's mu + z*sigma, ...) goes through the object protocol so ints, floats and user
// numbers behave as in CPython; internal draws stay in f64.
import {
  Value, NULL, NONE, TRUE, ERR, isSmallInt, smallOf, fromSmall, isFloat, floatOf, fromFloat, fromObj, objOf,
  isPtr,
} from "../objects/value";
import { T, PyType, Kind, typeOf } from "../objects/type";
import { PyStr, intern, strValue } from "../objects/str";
import { PyTuple, PyList } from "../objects/tuple";
import { PyBytes } from "../objects/bytes";
import { PyBuiltin, PyModule, PyWrapper, NativeFn, BuiltinFlag } from "../objects/function";
import { E } from "../objects/exceptions";
import {
  isIntValue, asIntValue, intToF64, intSign, intFitsI64, intToI64, intFromI64, toBig, fromBig, intBitLength,
  intAdd, intSub, intMul, intFloorDiv, intCompare,
} from "../objects/int";
import { BigNum } from "../objects/bigint";
import { makeType, defMethod } from "../objects/typeinit";
import { BinOp, CmpOp } from "../common/operators";
import { N } from "../runtime/names";
import { raise, typeError, typeName, valueError, errorMatches, clearError } from "../runtime/errors";
import { Args, parseArgs, noKeywords, checkPositional } from "../runtime/args";
import {
  index, binaryOp, richCompare, isTrue, length, getItem, setItem, getIter, iterNext, hashValue,
} from "../runtime/abstract";
import { strString } from "../runtime/repr";
import { listExtend } from "../runtime/collections";
import { newModule } from "../runtime/import";
import { toDouble, conversionError, intFromFloat } from "../runtime/methods/number";
import { lgamma, libmSin, libmCos, libmExp, libmAcos } from "./math";
import { hostTimeNow, hostTimeMonotonic } from "../host/imports";

// @ts-ignore: decorator
@inline function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

// ---- the generator ----

const MT_N: i32 = 624;
const MT_M: i32 = 397;
const MATRIX_A: u32 = 0x9908b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

// A random.Random instance: MT19937 state plus random.py's gauss_next.
export class PyRandom extends PyObject {
  gaussNext: Value = NONE;
  state: StaticArray<u32> = new StaticArray<u32>(MT_N);
  index: i32 = MT_N + 1;

  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.gcVals = (<u32>offsetof<PyRandom>("gaussNext") << 16) | 1;
  }

  initGenrand(s: u32): void {
    const mt = this.state;
    unchecked(mt[0] = s);
    for (let i = 1; i < MT_N; i++) {
      const prev = unchecked(mt[i - 1]);
      unchecked(mt[i] = 1812433253 * (prev ^ (prev >> 30)) + <u32>i);
    }
    this.index = MT_N;
  }

  initByArray(key: StaticArray<u32>): void {
    const mt = this.state;
    const keyLength = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = MT_N > keyLength ? MT_N : keyLength; k > 0; k--) {
      const prev = unchecked(mt[i - 1]);
      unchecked(mt[i] = (unchecked(mt[i]) ^ ((prev ^ (prev >> 30)) * 1664525)) + unchecked(key[j]) + <u32>j);
      i++;
      j++;
      if (i >= MT_N) {
        unchecked(mt[0] = unchecked(mt[MT_N - 1]));
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = unchecked(mt[i - 1]);
      unchecked(mt[i] = (unchecked(mt[i]) ^ ((prev ^ (prev >> 30)) * 1566083941)) - <u32>i);
      i++;
      if (i >= MT_N) {
        unchecked(mt[0] = unchecked(mt[MT_N - 1]));
        i = 1;
      }
    }
    unchecked(mt[0] = 0x8000_0000);
  }

  // The next 32 random bits (genrand_uint32).
  next32(): u32 {
    const mt = this.state;
    if (this.index >= MT_N) {
      let kk = 0;
      for (; kk < MT_N - MT_M; kk++) {
        const y = (unchecked(mt[kk]) & UPPER_MASK) | (unchecked(mt[kk + 1]) & LOWER_MASK);
        unchecked(mt[kk] = unchecked(mt[kk + MT_M]) ^ (y >> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0));
      }
      for (; kk < MT_N - 1; kk++) {
        const y = (unchecked(mt[kk]) & UPPER_MASK) | (unchecked(mt[kk + 1]) & LOWER_MASK);
        unchecked(mt[kk] = unchecked(mt[kk + (MT_M - MT_N)]) ^ (y >> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0));
      }
      const y = (unchecked(mt[MT_N - 1]) & UPPER_MASK) | (unchecked(mt[0]) & LOWER_MASK);
      unchecked(mt[MT_N - 1] = unchecked(mt[MT_M - 1]) ^ (y >> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0));
      this.index = 0;
    }
    let y = unchecked(mt[this.index++]);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >> 18;
    return y;
  }

  // A float in [0, 1) with 53 random bits (random_random).
  nextFloat(): f64 {
    const a = this.next32() >> 5;
    const b = this.next32() >> 6;
    return (<f64>a * 67108864.0 + <f64>b) * (1.0 / 9007199254740992.0);
  }

  // getrandbits(k) for k >= 0: words drawn least significant first.
  bits(k: u64): Value {
    if (k == 0) return fromSmall(0);
    if (k <= 32) return fromSmall(<i64>(this.next32() >> <u32>(32 - k)));
    const words = <i32>((k - 1) / 32 + 1);
    const bytes = new StaticArray<u8>(words << 2);
    let left = k;
    for (let i = 0; i < words; i++) {
      let r = this.next32();
      if (left < 32) r >>= <u32>(32 - left);
      store<u32>(changetype<usize>(bytes) + (<usize>i << 2), r);
      left -= 32;
    }
    return fromBig(BigNum.fromBytes(bytes, true, false));
  }

  // _randbelow_with_getrandbits: uniform in [0, n) for n > 0.
  below(n: Value): Value {
    if (isSmallInt(n)) {
      const limit = smallOf(n);
      const k = 64 - <i32>clz<u64>(<u64>limit);
      while (true) {
        const r = this.bits(<u64>k);
        if (smallOf(r) < limit) return r;
      }
    }
    const k = intBitLength(n);
    while (true) {
      const r = this.bits(k);
      if (intCompare(r, n) < 0) return r;
    }
    return n;
  }

  // below() for a small n, as an i64.
  belowInt(n: i64): i64 {
    return smallOf(this.below(fromSmall(n)));
  }
}

let randomType: PyType | null = null;
let seedCounter: u32 = 0;

function isRandom(v: Value): bool {
  return isPtr(v) && objOf(v) instanceof PyRandom;
}

// ---- SHA-512 (FIPS 180-4), for version-2 seeding of str and bytes ----

// @ts-ignore: decorator
@lazy const SHA512_K: StaticArray<u64> = [
  0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
  0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
  0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
  0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
  0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
  0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
  0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
  0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
  0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
  0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
  0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
  0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
  0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
  0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
  0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
  0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
  0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
  0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
  0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
  0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

// @ts-ignore: decorator
@lazy const SHA512_H0: StaticArray<u64> = [
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];

// @ts-ignore: decorator
@inline function rotr64(x: u64, n: u64): u64 {
  return rotr<u64>(x, n);
}

function sha512Block(h: StaticArray<u64>, msg: StaticArray<u8>, offset: i32, w: StaticArray<u64>): void {
  for (let t = 0; t < 16; t++) {
    let v: u64 = 0;
    for (let b = 0; b < 8; b++) v = (v << 8) | <u64>unchecked(msg[offset + t * 8 + b]);
    unchecked(w[t] = v);
  }
  for (let t = 16; t < 80; t++) {
    const w15 = unchecked(w[t - 15]);
    const w2 = unchecked(w[t - 2]);
    const s0 = rotr64(w15, 1) ^ rotr64(w15, 8) ^ (w15 >> 7);
    const s1 = rotr64(w2, 19) ^ rotr64(w2, 61) ^ (w2 >> 6);
    unchecked(w[t] = unchecked(w[t - 16]) + s0 + unchecked(w[t - 7]) + s1);
  }
  let a = unchecked(h[0]), b = unchecked(h[1]), c = unchecked(h[2]), d = unchecked(h[3]);
  let e = unchecked(h[4]), f = unchecked(h[5]), g = unchecked(h[6]), hh = unchecked(h[7]);
  for (let t = 0; t < 80; t++) {
    const S1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
    const ch = (e & f) ^ (~e & g);
    const t1 = hh + S1 + ch + unchecked(SHA512_K[t]) + unchecked(w[t]);
    const S0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = S0 + maj;
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  unchecked(h[0] = unchecked(h[0]) + a);
  unchecked(h[1] = unchecked(h[1]) + b);
  unchecked(h[2] = unchecked(h[2]) + c);
  unchecked(h[3] = unchecked(h[3]) + d);
  unchecked(h[4] = unchecked(h[4]) + e);
  unchecked(h[5] = unchecked(h[5]) + f);
  unchecked(h[6] = unchecked(h[6]) + g);
  unchecked(h[7] = unchecked(h[7]) + hh);
}

// The 64-byte SHA-512 digest of data[0..n).
export function sha512(data: usize, n: i32): StaticArray<u8> {
  const padded = ((n + 17 + 127) >> 7) << 7;
  const msg = new StaticArray<u8>(padded);
  memory.copy(changetype<usize>(msg), data, <usize>n);
  unchecked(msg[n] = 0x80);
  const bitLength = <u64>n << 3;
  for (let i = 0; i < 8; i++) unchecked(msg[padded - 1 - i] = <u8>(bitLength >> (<u64>i << 3)));
  const h = new StaticArray<u64>(8);
  for (let i = 0; i < 8; i++) unchecked(h[i] = unchecked(SHA512_H0[i]));
  const w = new StaticArray<u64>(80);
  for (let off = 0; off < padded; off += 128) sha512Block(h, msg, off, w);
  const out = new StaticArray<u8>(64);
  for (let i = 0; i < 8; i++) {
    const v = unchecked(h[i]);
    for (let b = 0; b < 8; b++) unchecked(out[i * 8 + b] = <u8>(v >> (<u64>(56 - b * 8))));
  }
  return out;
}

// ---- seeding ----

// init_by_array with the 32-bit words of a non-negative BigNum (at least one word).
function seedFromBig(r: PyRandom, n: BigNum): void {
  const bits = n.bitLength();
  const words = bits == 0 ? 1 : <i32>((bits - 1) / 32 + 1);
  const key = new StaticArray<u32>(words);
  for (let i = 0; i < words && i < n.size; i++) unchecked(key[i] = unchecked(n.limbs[i]));
  r.initByArray(key);
}

// The bytes of a str (UTF-8) or bytes-like seed.
function seedBytes(v: Value): StaticArray<u8> {
  if (typeOf(v).kind == Kind.STR) {
    const enc = String.UTF8.encode(changetype<PyStr>(objOf(v)).s);
    const out = new StaticArray<u8>(enc.byteLength);
    memory.copy(changetype<usize>(out), changetype<usize>(enc), <usize>enc.byteLength);
    return out;
  }
  const b = changetype<PyBytes>(objOf(v));
  const out = new StaticArray<u8>(b.length);
  memory.copy(changetype<usize>(out), b.ptr, <usize>b.length);
  return out;
}

function isStrOrBytes(v: Value): bool {
  if (!isPtr(v)) return false;
  const k = typeOf(v).kind;
  return k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// Random.seed(a, version): -1 after raising.
function seedWith(r: PyRandom, a: Value, version: Value): i32 {
  let v1 = false;
  let v2 = false;
  if (isIntValue(version)) {
    v1 = intCompare(version, fromSmall(1)) == 0;
    v2 = intCompare(version, fromSmall(2)) == 0;
  } else if (isFloat(version)) {
    v1 = floatOf(version) == 1.0;
    v2 = floatOf(version) == 2.0;
  }
  const k = isPtr(a) ? typeOf(a).kind : Kind.OBJECT;
  if (v1 && isPtr(a) && (k == Kind.STR || k == Kind.BYTES)) {
    // random.py's version 1: a 64-bit string hash from Python 2 days.
    let chars: StaticArray<u32>;
    if (k == Kind.STR) {
      const s = changetype<PyStr>(objOf(a));
      const n = s.length;
      chars = new StaticArray<u32>(n);
      for (let i = 0; i < n; i++) unchecked(chars[i] = <u32>s.codePointAt(i));
    } else {
      const b = changetype<PyBytes>(objOf(a));
      chars = new StaticArray<u32>(b.length);
      for (let i = 0; i < b.length; i++) unchecked(chars[i] = <u32>b.at(i));
    }
    let x: u64 = chars.length > 0 ? <u64>unchecked(chars[0]) << 7 : 0;
    for (let i = 0; i < chars.length; i++) x = (1000003 * x) ^ <u64>unchecked(chars[i]);
    x ^= <u64>chars.length;
    seedFromBig(r, BigNum.fromU64(x));
  } else if (v2 && isStrOrBytes(a)) {
    const data = seedBytes(a);
    const digest = sha512(changetype<usize>(data), data.length);
    const all = new StaticArray<u8>(data.length + 64);
    memory.copy(changetype<usize>(all), changetype<usize>(data), <usize>data.length);
    memory.copy(changetype<usize>(all) + <usize>data.length, changetype<usize>(digest), 64);
    seedFromBig(r, BigNum.fromBytes(all, false, false));
  } else if (a == NONE) {
    // No OS entropy source here: mix the host clocks and a per-process counter.
    const key = new StaticArray<u32>(5);
    const now = reinterpret<u64>(hostTimeNow());
    const mono = reinterpret<u64>(hostTimeMonotonic());
    unchecked(key[0] = <u32>now);
    unchecked(key[1] = <u32>(now >> 32));
    unchecked(key[2] = <u32>mono);
    unchecked(key[3] = <u32>(mono >> 32));
    unchecked(key[4] = ++seedCounter ^ <u32>changetype<usize>(r));
    r.initByArray(key);
  } else if (isIntValue(a)) {
    seedFromBig(r, BigNum.abs(toBig(a)));
  } else if (isFloat(a) || isStrOrBytes(a)) {
    const h = hashValue(a);
    if (h == -1) return -1;
    seedFromBig(r, BigNum.fromU64(<u64>h));
  } else {
    typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return -1;
  }
  r.gaussNext = NONE;
  return 0;
}

// ---- helpers for the methods ----

function selfRandom(method: string, args: usize, nargs: i32): PyRandom | null {
  if (nargs < 1 || !isRandom(arg(args, 0))) {
    typeError("descriptor '" + method + "' for '_random.Random' objects doesn't apply to a '" + (nargs < 1 ? "NoneType" : typeName(arg(args, 0))) + "' object");
    return null;
  }
  return changetype<PyRandom>(objOf(arg(args, 0)));
}

function mathDomainError(): Value {
  return raise(E.ValueError, "math domain error");
}

// math.log of a float, as random.py calls it (ValueError outside the domain).
let mathFailed = false;
function pyLog(x: f64): f64 {
  mathFailed = false;
  if (isNaN(x)) return x;
  if (x <= 0.0 || x == -Infinity) {
    mathFailed = true;
    mathDomainError();
    return 0;
  }
  return Math.log(x);
}

function pySqrt(x: f64): f64 {
  mathFailed = false;
  if (x < 0.0) {
    mathFailed = true;
    mathDomainError();
    return 0;
  }
  return Math.sqrt(x);
}

function pyExp(x: f64): f64 {
  mathFailed = false;
  const r = libmExp(x);
  if (r == Infinity && isFinite(x)) {
    mathFailed = true;
    raise(E.OverflowError, "math range error");
    return 0;
  }
  return r;
}

// ---- Random methods ----

function r_random(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("random", args, nargs);
  if (r === null) return ERR;
  if (!noKeywords("random", kwnames) || !checkPositional("random", nargs - 1, 0, 0)) return ERR;
  return fromFloat(r.nextFloat());
}

const R_SEED_PARAMS = ["a", "version"];

function r_seed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("seed", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("seed", args + 8, nargs - 1, kwnames, R_SEED_PARAMS, 0, 0, 2, a)) return ERR;
  const seed = a.has(0) ? a.get(0) : NONE;
  const version = a.has(1) ? a.get(1) : fromSmall(2);
  return seedWith(r, seed, version) < 0 ? ERR : NONE;
}

function r_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("__init__", args, nargs);
  if (r === null) return ERR;
  const a = new Args(1);
  if (!initArgs(args, nargs, kwnames, a)) return ERR;
  return seedWith(r, a.has(0) ? a.get(0) : NONE, fromSmall(2)) < 0 ? ERR : NONE;
}

// Random.__new__(cls, x=None): the instance is seeded here unless a Python __init__ of a
// subclass takes over (it then calls Random.__init__ itself, as random.py's classes do).
function r_new(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const cls = changetype<PyType>(objOf(arg(args, 0)));
  const r = new PyRandom(cls);
  const init = cls.lookup(N.__init__);
  const pythonInit = init != NULL && !(isPtr(init) && objOf(init).cls === T.builtin);
  if (pythonInit) {
    if (seedWith(r, NONE, fromSmall(2)) < 0) return ERR;
    return fromObj(r);
  }
  const a = new Args(1);
  if (!initArgs(args, nargs, kwnames, a)) return ERR;
  if (seedWith(r, a.has(0) ? a.get(0) : NONE, fromSmall(2)) < 0) return ERR;
  return fromObj(r);
}

const INIT_ARGS_PARAMS = ["x"];

// Random.__init__(self, x=None)'s binding, with the messages of random.py's def.
function initArgs(args: usize, nargs: i32, kwnames: PyTuple | null, out: Args): bool {
  const npos = nargs - (kwnames !== null ? kwnames.length : 0);
  if (npos > 2) {
    typeError("Random.__init__() takes from 1 to 2 positional arguments but " + npos.toString() + " were given");
    return false;
  }
  return parseArgs("Random.__init__", args + 8, nargs - 1, kwnames, INIT_ARGS_PARAMS, 0, 0, 1, out);
}

function r_getrandbits(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("getrandbits", args, nargs);
  if (r === null) return ERR;
  if (!noKeywords("getrandbits", kwnames) || !checkPositional("getrandbits", nargs - 1, 1, 1)) return ERR;
  const k = index(arg(args, 1));
  if (k == ERR) return ERR;
  if (intSign(k) < 0) return valueError("number of bits must be non-negative");
  if (!intFitsI64(k) || intToI64(k) > 0x7fff_ffff) return raise(E.OverflowError, "Python int too large to convert to C int");
  return r.bits(<u64>intToI64(k));
}

function r_randbytes(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("randbytes", args, nargs);
  if (r === null) return ERR;
  if (!noKeywords("randbytes", kwnames) || !checkPositional("randbytes", nargs - 1, 1, 1)) return ERR;
  const nv = index(arg(args, 1));
  if (nv == ERR) return ERR;
  if (intSign(nv) < 0) return valueError("number of bits must be non-negative");
  if (!intFitsI64(nv) || intToI64(nv) > 0x0fff_ffff) return raise(E.OverflowError, "Python int too large to convert to C int");
  const n = <i32>intToI64(nv);
  const big = toBig(r.bits(<u64>n * 8));
  const out = big.toBytes(n, true, false);
  return fromObj(new PyBytes(out!, n, false));
}

// "{start}" in random.py's f-strings: str() of the caller's object.
function shown(v: Value): string {
  const s = strString(v);
  return s === null ? "?" : s;
}

function randrange(r: PyRandom, start: Value, stop: Value, step: Value): Value {
  const istart = index(start);
  if (istart == ERR) return ERR;
  if (stop == NONE) {
    if (step != NULL && !(isSmallInt(step) && smallOf(step) == 1)) return typeError("Missing a non-None stop argument");
    if (intSign(istart) > 0) return r.below(asIntValue(istart));
    return valueError("empty range for randrange()");
  }
  const istop = index(stop);
  if (istop == ERR) return ERR;
  const width = intSub(asIntValue(istop), asIntValue(istart));
  let istep: Value = fromSmall(1);
  if (step != NULL) {
    istep = index(step);
    if (istep == ERR) return ERR;
  }
  if (intCompare(istep, fromSmall(1)) == 0) {
    if (intSign(width) > 0) return intAdd(asIntValue(istart), r.below(width));
    return valueError("empty range in randrange(" + shown(start) + ", " + shown(stop) + ")");
  }
  let n: Value;
  const sgn = intSign(istep);
  if (sgn > 0) n = intFloorDiv(intSub(intAdd(width, asIntValue(istep)), fromSmall(1)), asIntValue(istep));
  else if (sgn < 0) n = intFloorDiv(intAdd(intAdd(width, asIntValue(istep)), fromSmall(1)), asIntValue(istep));
  else return valueError("zero step for randrange()");
  if (intSign(n) <= 0) {
    return valueError("empty range in randrange(" + shown(start) + ", " + shown(stop) + ", " + shown(step) + ")");
  }
  return intAdd(asIntValue(istart), intMul(asIntValue(istep), r.below(n)));
}

const R_RANDRANGE_PARAMS = ["start", "stop", "step"];

function r_randrange(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("randrange", args, nargs);
  if (r === null) return ERR;
  const a = new Args(3);
  if (!parseArgs("randrange", args + 8, nargs - 1, kwnames, R_RANDRANGE_PARAMS, 1, 0, 3, a)) return ERR;
  return randrange(r, a.get(0), a.has(1) ? a.get(1) : NONE, a.has(2) ? a.get(2) : NULL);
}

const R_RANDINT_PARAMS = ["a", "b"];

function r_randint(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("randint", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("randint", args + 8, nargs - 1, kwnames, R_RANDINT_PARAMS, 2, 0, 2, a)) return ERR;
  const stop = binaryOp(a.get(1), fromSmall(1), BinOp.ADD);
  if (stop == ERR) return ERR;
  return randrange(r, a.get(0), stop, NULL);
}

const R_CHOICE_PARAMS = ["seq"];

function r_choice(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("choice", args, nargs);
  if (r === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("choice", args + 8, nargs - 1, kwnames, R_CHOICE_PARAMS, 1, 0, 1, a)) return ERR;
  const seq = a.get(0);
  const n = length(seq);
  if (n < 0) return ERR;
  if (n == 0) return raise(E.IndexError, "Cannot choose from an empty sequence");
  return getItem(seq, r.below(intFromI64(n)));
}

const R_SHUFFLE_PARAMS = ["x"];

function r_shuffle(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("shuffle", args, nargs);
  if (r === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("shuffle", args + 8, nargs - 1, kwnames, R_SHUFFLE_PARAMS, 1, 0, 1, a)) return ERR;
  const x = a.get(0);
  const n = length(x);
  if (n < 0) return ERR;
  const exactList = isPtr(x) && objOf(x).cls === T.list;
  for (let i = n - 1; i >= 1; i--) {
    const j = r.belowInt(i + 1);
    if (exactList) {
      const l = changetype<PyList>(objOf(x));
      if (i < l.length && j < l.length) {
        const t = l.get(<i32>i);
        l.set(<i32>i, l.get(<i32>j));
        l.set(<i32>j, t);
        continue;
      }
    }
    const xi = getItem(x, intFromI64(i));
    if (xi == ERR) return ERR;
    const xj = getItem(x, intFromI64(j));
    if (xj == ERR) return ERR;
    if (setItem(x, intFromI64(i), xj) < 0) return ERR;
    if (setItem(x, intFromI64(j), xi) < 0) return ERR;
  }
  return NONE;
}

// isinstance(v, collections.abc.Sequence) for the builtin sequences (and their subclasses).
function isSequence(v: Value): bool {
  if (!isPtr(v)) return false;
  const k = typeOf(v).kind;
  return k == Kind.LIST || k == Kind.TUPLE || k == Kind.STR || k == Kind.RANGE || k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// itertools.accumulate(it) with Python addition, into a list.
function accumulate(it: Value): PyList | null {
  const iter = getIter(it);
  if (iter == ERR) return null;
  const out = new PyList();
  let total: Value = NULL;
  while (true) {
    const item = iterNext(iter);
    if (item == NULL) break;
    if (item == ERR) return null;
    total = total == NULL ? item : binaryOp(total, item, BinOp.ADD);
    if (total == ERR) return null;
    out.append(total);
  }
  return out;
}

// bisect.bisect_right(a, x, lo, hi).
function bisectRight(a: PyList, x: Value, lo: i32, hi: i32): i32 {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = richCompare(x, a.get(mid), CmpOp.LT);
    if (c == ERR) return -1;
    const t = isTrue(c);
    if (t < 0) return -1;
    if (t != 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const R_SAMPLE_PARAMS = ["population", "k", "counts"];

function r_sample(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("sample", args, nargs);
  if (r === null) return ERR;
  const a = new Args(3);
  if (!parseArgs("sample", args + 8, nargs - 1, kwnames, R_SAMPLE_PARAMS, 2, 0, 2, a)) return ERR;
  const population = a.get(0);
  if (!isSequence(population)) return typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = length(population);
  if (n < 0) return ERR;
  if (a.has(2) && a.get(2) != NONE) {
    const cum = accumulate(a.get(2));
    if (cum === null) return ERR;
    if (<i64>cum.length != n) return valueError("The number of counts does not match the population");
    const total = cum.get(cum.length - 1);
    cum.items.length = cum.length - 1;
    if (!isIntValue(total)) return typeError("Counts must be integers");
    if (intSign(total) <= 0) return valueError("Total of counts must be greater than zero");
    return sampleCounts(r, population, cum, total, a.get(1));
  }
  const kv = sampleSize(a.get(1), intFromI64(n));
  if (kv == ERR) return ERR;
  const k = intToI64(kv);
  const result = new PyList(<i32>k);
  let setsize: i64 = 21;
  if (k > 5) setsize += <i64>Math.pow(4.0, Math.ceil(Math.log(<f64>(k * 3)) / Math.log(4.0)));
  if (n <= setsize) {
    const pool = new PyList();
    if (listExtend(pool, population, false) < 0) return ERR;
    for (let i: i64 = 0; i < k; i++) {
      const j = r.belowInt(n - i);
      result.set(<i32>i, pool.get(<i32>j));
      pool.set(<i32>j, pool.get(<i32>(n - i - 1)));
    }
  } else {
    const selected = new Set<i64>();
    for (let i: i64 = 0; i < k; i++) {
      let j = r.belowInt(n);
      while (selected.has(j)) j = r.belowInt(n);
      selected.add(j);
      const item = getItem(population, intFromI64(j));
      if (item == ERR) return ERR;
      result.set(<i32>i, item);
    }
  }
  return fromObj(result);
}

// random.py's `if not 0 <= k <= n: raise ...` then `[None] * k`: the int k, or ERR.
function sampleSize(k: Value, n: Value): Value {
  const lo = richCompare(fromSmall(0), k, CmpOp.LE);
  if (lo == ERR) return ERR;
  let ok = isTrue(lo);
  if (ok < 0) return ERR;
  if (ok != 0) {
    const hi = richCompare(k, n, CmpOp.LE);
    if (hi == ERR) return ERR;
    ok = isTrue(hi);
    if (ok < 0) return ERR;
  }
  if (ok == 0) return valueError("Sample larger than population or is negative");
  if (isIntValue(k)) return asIntValue(k);
  if (typeOf(k).lookup(N.__index__) == NULL) return typeError("can't multiply sequence by non-int of type '" + typeName(k) + "'");
  return index(k);
}

// sample(population, k, counts=...): a sample of range(total) mapped through bisect.
function sampleCounts(r: PyRandom, population: Value, cum: PyList, total: Value, k: Value): Value {
  if (!intFitsI64(total)) return raise(E.OverflowError, "Python int too large to convert to C ssize_t");
  const kv = sampleSize(k, total);
  if (kv == ERR) return ERR;
  const n = intToI64(total);
  const kk = intToI64(kv);
  const picks = new Array<i64>();
  let setsize: i64 = 21;
  if (kk > 5) setsize += <i64>Math.pow(4.0, Math.ceil(Math.log(<f64>(kk * 3)) / Math.log(4.0)));
  if (n <= setsize) {
    const pool = new Array<i64>(<i32>n);
    for (let i = 0; i < <i32>n; i++) pool[i] = i;
    for (let i: i64 = 0; i < kk; i++) {
      const j = <i32>r.belowInt(n - i);
      picks.push(pool[j]);
      pool[j] = pool[<i32>(n - i - 1)];
    }
  } else {
    const selected = new Set<i64>();
    for (let i: i64 = 0; i < kk; i++) {
      let j = r.belowInt(n);
      while (selected.has(j)) j = r.belowInt(n);
      selected.add(j);
      picks.push(j);
    }
  }
  const result = new PyList();
  for (let i = 0; i < picks.length; i++) {
    const at = bisectRight(cum, intFromI64(picks[i]), 0, cum.length);
    if (at < 0) return ERR;
    const item = getItem(population, fromSmall(at));
    if (item == ERR) return ERR;
    result.append(item);
  }
  return fromObj(result);
}

const R_CHOICES_PARAMS = ["population", "weights", "cum_weights", "k"];

function r_choices(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("choices", args, nargs);
  if (r === null) return ERR;
  const a = new Args(4);
  if (!parseArgs("choices", args + 8, nargs - 1, kwnames, R_CHOICES_PARAMS, 1, 0, 2, a)) return ERR;
  const population = a.get(0);
  const n = length(population);
  if (n < 0) return ERR;
  let kv: Value = fromSmall(1);
  if (a.has(3)) {
    kv = index(a.get(3));
    if (kv == ERR) return ERR;
  }
  const k = intSign(kv) <= 0 ? 0 : intToI64(kv);
  const weights = a.has(1) ? a.get(1) : NONE;
  const cumArg = a.has(2) ? a.get(2) : NONE;
  const result = new PyList();
  let cum: PyList;
  if (cumArg == NONE) {
    if (weights == NONE) {
      const nf = <f64>n;
      for (let i: i64 = 0; i < k; i++) {
        const item = getItem(population, intFromFloat(Math.floor(r.nextFloat() * nf)));
        if (item == ERR) return ERR;
        result.append(item);
      }
      return fromObj(result);
    }
    const acc = accumulate(weights);
    if (acc === null) {
      if (errorMatches(E.TypeError) && isIntValue(weights)) {
        clearError();
        return typeError("The number of choices must be a keyword argument: k=" + shown(weights));
      }
      return ERR;
    }
    cum = acc;
  } else {
    if (weights != NONE) return typeError("Cannot specify both weights and cumulative weights");
    const l = new PyList();
    if (listExtend(l, cumArg, false) < 0) return ERR;
    cum = l;
  }
  if (<i64>cum.length != n) return valueError("The number of weights does not match the population");
  const totalv = binaryOp(cum.get(cum.length - 1), fromFloat(0.0), BinOp.ADD);
  if (totalv == ERR) return ERR;
  const total = toDouble(totalv);
  if (conversionError()) return ERR;
  if (total <= 0.0) return valueError("Total of weights must be greater than zero");
  if (!isFinite(total)) return valueError("Total of weights must be finite");
  const hi = <i32>n - 1;
  for (let i: i64 = 0; i < k; i++) {
    const at = bisectRight(cum, fromFloat(r.nextFloat() * total), 0, hi);
    if (at < 0) return ERR;
    const item = getItem(population, fromSmall(at));
    if (item == ERR) return ERR;
    result.append(item);
  }
  return fromObj(result);
}

const R_UNIFORM_PARAMS = ["a", "b"];

function r_uniform(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("uniform", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("uniform", args + 8, nargs - 1, kwnames, R_UNIFORM_PARAMS, 2, 0, 2, a)) return ERR;
  const diff = binaryOp(a.get(1), a.get(0), BinOp.SUBTRACT);
  if (diff == ERR) return ERR;
  const scaled = binaryOp(diff, fromFloat(r.nextFloat()), BinOp.MULTIPLY);
  if (scaled == ERR) return ERR;
  return binaryOp(a.get(0), scaled, BinOp.ADD);
}

const R_TRIANGULAR_PARAMS = ["low", "high", "mode"];

function r_triangular(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("triangular", args, nargs);
  if (r === null) return ERR;
  const a = new Args(3);
  if (!parseArgs("triangular", args + 8, nargs - 1, kwnames, R_TRIANGULAR_PARAMS, 0, 0, 3, a)) return ERR;
  let low = a.has(0) ? a.get(0) : fromFloat(0.0);
  let high = a.has(1) ? a.get(1) : fromFloat(1.0);
  const mode = a.has(2) ? a.get(2) : NONE;
  let u: Value = fromFloat(r.nextFloat());
  let c: Value;
  if (mode == NONE) {
    c = fromFloat(0.5);
  } else {
    const num = binaryOp(mode, low, BinOp.SUBTRACT);
    if (num == ERR) return ERR;
    const den = binaryOp(high, low, BinOp.SUBTRACT);
    if (den == ERR) return ERR;
    c = binaryOp(num, den, BinOp.TRUE_DIVIDE);
    if (c == ERR) {
      if (errorMatches(E.ZeroDivisionError)) {
        clearError();
        return low;
      }
      return ERR;
    }
  }
  const gt = richCompare(u, c, CmpOp.GT);
  if (gt == ERR) return ERR;
  const t = isTrue(gt);
  if (t < 0) return ERR;
  if (t != 0) {
    u = binaryOp(fromFloat(1.0), u, BinOp.SUBTRACT);
    c = binaryOp(fromFloat(1.0), c, BinOp.SUBTRACT);
    if (c == ERR) return ERR;
    const swap = low;
    low = high;
    high = swap;
  }
  const uc = binaryOp(u, c, BinOp.MULTIPLY);
  if (uc == ERR) return ERR;
  const ucf = toDouble(uc);
  if (conversionError()) return ERR;
  const root = pySqrt(ucf);
  if (mathFailed) return ERR;
  const span = binaryOp(high, low, BinOp.SUBTRACT);
  if (span == ERR) return ERR;
  const scaled = binaryOp(span, fromFloat(root), BinOp.MULTIPLY);
  if (scaled == ERR) return ERR;
  return binaryOp(low, scaled, BinOp.ADD);
}

// mu + z * sigma with Python arithmetic.
function shiftScale(mu: Value, z: f64, sigma: Value): Value {
  const zs = binaryOp(fromFloat(z), sigma, BinOp.MULTIPLY);
  if (zs == ERR) return ERR;
  return binaryOp(mu, zs, BinOp.ADD);
}

// 4 * exp(-0.5) / sqrt(2.0), computed as random.py computes it at import.
const NV_MAGICCONST: f64 = 4 * 0.6065306597126334 / 1.4142135623730951;

function normalDraw(r: PyRandom): f64 {
  while (true) {
    const u1 = r.nextFloat();
    const u2 = 1.0 - r.nextFloat();
    const z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -Math.log(u2)) return z;
  }
  return 0;
}

const R_NORMALVARIATE_PARAMS = ["mu", "sigma"];

function r_normalvariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("normalvariate", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("normalvariate", args + 8, nargs - 1, kwnames, R_NORMALVARIATE_PARAMS, 0, 0, 2, a)) return ERR;
  const z = normalDraw(r);
  return shiftScale(a.has(0) ? a.get(0) : fromFloat(0.0), z, a.has(1) ? a.get(1) : fromFloat(1.0));
}

const TWOPI: f64 = 2.0 * 3.141592653589793;

const R_GAUSS_PARAMS = ["mu", "sigma"];

function r_gauss(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("gauss", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("gauss", args + 8, nargs - 1, kwnames, R_GAUSS_PARAMS, 0, 0, 2, a)) return ERR;
  const rr = r;
  let z = rr.gaussNext;
  rr.gaussNext = NONE;
  if (z == NONE) {
    const x2pi = rr.nextFloat() * TWOPI;
    const lg = pyLog(1.0 - rr.nextFloat());
    if (mathFailed) return ERR;
    const g2rad = pySqrt(-2.0 * lg);
    if (mathFailed) return ERR;
    z = fromFloat(libmCos(x2pi) * g2rad);
    rr.gaussNext = fromFloat(libmSin(x2pi) * g2rad);
  }
  const mu = a.has(0) ? a.get(0) : fromFloat(0.0);
  const sigma = a.has(1) ? a.get(1) : fromFloat(1.0);
  const zs = binaryOp(z, sigma, BinOp.MULTIPLY);
  if (zs == ERR) return ERR;
  return binaryOp(mu, zs, BinOp.ADD);
}

const R_LOGNORMVARIATE_PARAMS = ["mu", "sigma"];

function r_lognormvariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("lognormvariate", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("lognormvariate", args + 8, nargs - 1, kwnames, R_LOGNORMVARIATE_PARAMS, 2, 0, 2, a)) return ERR;
  const v = shiftScale(a.get(0), normalDraw(r), a.get(1));
  if (v == ERR) return ERR;
  const x = toDouble(v);
  if (conversionError()) return ERR;
  const e = pyExp(x);
  if (mathFailed) return ERR;
  return fromFloat(e);
}

const R_EXPOVARIATE_PARAMS = ["lambd"];

function r_expovariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("expovariate", args, nargs);
  if (r === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("expovariate", args + 8, nargs - 1, kwnames, R_EXPOVARIATE_PARAMS, 0, 0, 1, a)) return ERR;
  const lg = pyLog(1.0 - r.nextFloat());
  if (mathFailed) return ERR;
  return binaryOp(fromFloat(-lg), a.has(0) ? a.get(0) : fromFloat(1.0), BinOp.TRUE_DIVIDE);
}

// Two float parameters converted the way random.py's float arithmetic would see them.
function twoFloats(name: string, args: usize, nargs: i32, kwnames: PyTuple | null, n1: string, n2: string, out: StaticArray<f64>): PyRandom | null {
  const r = selfRandom(name, args, nargs);
  if (r === null) return null;
  const a = new Args(2);
  if (!parseArgs(name, args + 8, nargs - 1, kwnames, [n1, n2], 2, 0, 2, a)) return null;
  unchecked(out[0] = toDouble(a.get(0)));
  if (conversionError()) return null;
  unchecked(out[1] = toDouble(a.get(1)));
  if (conversionError()) return null;
  return r;
}

function r_vonmisesvariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const p = new StaticArray<f64>(2);
  const r = twoFloats("vonmisesvariate", args, nargs, kwnames, "mu", "kappa", p);
  if (r === null) return ERR;
  const mu = unchecked(p[0]);
  const kappa = unchecked(p[1]);
  if (kappa <= 1e-6) return fromFloat(TWOPI * r.nextFloat());
  const s = 0.5 / kappa;
  const rr = s + Math.sqrt(1.0 + s * s);
  let z: f64;
  while (true) {
    const u1 = r.nextFloat();
    z = libmCos(3.141592653589793 * u1);
    const d = z / (rr + z);
    const u2 = r.nextFloat();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libmExp(d)) break;
  }
  const q = 1.0 / rr;
  const f = (q + z) / (1.0 + q * z);
  const u3 = r.nextFloat();
  const angle = u3 > 0.5 ? mu + libmAcos(f) : mu - libmAcos(f);
  return binaryOp(fromFloat(angle), fromFloat(TWOPI), BinOp.REMAINDER);
}

const LOG4: f64 = 1.3862943611198906;
const SG_MAGICCONST: f64 = 2.504077396776274;

// gammavariate's draw for alpha, beta > 0 (random.py's three regimes).
function gammaDraw(r: PyRandom, alpha: f64, beta: f64): f64 {
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    while (true) {
      const u1 = r.nextFloat();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - r.nextFloat();
      const v = Math.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * libmExp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= Math.log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -Math.log(1.0 - r.nextFloat()) * beta;
  let x: f64;
  while (true) {
    const u = r.nextFloat();
    const b = (2.718281828459045 + alpha) / 2.718281828459045;
    const p = b * u;
    if (p <= 1.0) x = Math.pow(p, 1.0 / alpha);
    else x = -Math.log((b - p) / alpha);
    const u1 = r.nextFloat();
    if (p > 1.0) {
      if (u1 <= Math.pow(x, alpha - 1.0)) break;
    } else if (u1 <= libmExp(-x)) {
      break;
    }
  }
  return x * beta;
}

function r_gammavariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const p = new StaticArray<f64>(2);
  const r = twoFloats("gammavariate", args, nargs, kwnames, "alpha", "beta", p);
  if (r === null) return ERR;
  const alpha = unchecked(p[0]);
  const beta = unchecked(p[1]);
  if (alpha <= 0.0 || beta <= 0.0) return valueError("gammavariate: alpha and beta must be > 0.0");
  return fromFloat(gammaDraw(r, alpha, beta));
}

function r_betavariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const p = new StaticArray<f64>(2);
  const r = twoFloats("betavariate", args, nargs, kwnames, "alpha", "beta", p);
  if (r === null) return ERR;
  const alpha = unchecked(p[0]);
  const beta = unchecked(p[1]);
  if (alpha <= 0.0) return valueError("gammavariate: alpha and beta must be > 0.0");
  const y = gammaDraw(r, alpha, 1.0);
  if (y != 0) {
    if (beta <= 0.0) return valueError("gammavariate: alpha and beta must be > 0.0");
    return fromFloat(y / (y + gammaDraw(r, beta, 1.0)));
  }
  return fromFloat(0.0);
}

const R_PARETOVARIATE_PARAMS = ["alpha"];

function r_paretovariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("paretovariate", args, nargs);
  if (r === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("paretovariate", args + 8, nargs - 1, kwnames, R_PARETOVARIATE_PARAMS, 1, 0, 1, a)) return ERR;
  const u = 1.0 - r.nextFloat();
  const e = binaryOp(fromFloat(-1.0), a.get(0), BinOp.TRUE_DIVIDE);
  if (e == ERR) return ERR;
  return binaryOp(fromFloat(u), e, BinOp.POWER);
}

const R_WEIBULLVARIATE_PARAMS = ["alpha", "beta"];

function r_weibullvariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("weibullvariate", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("weibullvariate", args + 8, nargs - 1, kwnames, R_WEIBULLVARIATE_PARAMS, 2, 0, 2, a)) return ERR;
  const u = 1.0 - r.nextFloat();
  const lg = pyLog(u);
  if (mathFailed) return ERR;
  const e = binaryOp(fromFloat(1.0), a.get(1), BinOp.TRUE_DIVIDE);
  if (e == ERR) return ERR;
  const pw = binaryOp(fromFloat(-lg), e, BinOp.POWER);
  if (pw == ERR) return ERR;
  return binaryOp(a.get(0), pw, BinOp.MULTIPLY);
}

const R_BINOMIALVARIATE_PARAMS = ["n", "p"];

// binomialvariate(n, p): random.py 3.12's inversion for small n*p, BTRS otherwise.
function r_binomialvariate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("binomialvariate", args, nargs);
  if (r === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("binomialvariate", args + 8, nargs - 1, kwnames, R_BINOMIALVARIATE_PARAMS, 0, 0, 2, a)) return ERR;
  const nv = a.has(0) ? a.get(0) : fromSmall(1);
  const pv = a.has(1) ? a.get(1) : fromFloat(0.5);
  const neg = richCompare(nv, fromSmall(0), CmpOp.LT);
  if (neg == ERR) return ERR;
  if (neg == TRUE) return valueError("n must be non-negative");
  const p = toDouble(pv);
  if (conversionError()) return ERR;
  if (p <= 0.0 || p >= 1.0) {
    if (p == 0.0) return fromSmall(0);
    if (p == 1.0) return nv;
    return valueError("p must be in the range 0.0 <= p <= 1.0");
  }
  const ni = index(nv);
  if (ni == ERR) return ERR;
  return binomialDraw(r, ni, p);
}

function binomialDraw(r: PyRandom, nv: Value, p: f64): Value {
  if (isSmallInt(nv) && smallOf(nv) == 1) return fromSmall(r.nextFloat() < p ? 1 : 0);
  if (p > 0.5) {
    const k = binomialDraw(r, nv, 1.0 - p);
    if (k == ERR) return ERR;
    return intSub(asIntValue(nv), k);
  }
  const n = intToF64(nv);
  if (n * p < 10.0) {
    let x: i64 = 0;
    let y: Value = fromSmall(0);
    const c = Math.log2(1.0 - p);
    if (c == 0) return fromSmall(x);
    while (true) {
      const step = intFromFloat(Math.floor(Math.log2(r.nextFloat()) / c));
      if (step == ERR) return ERR;
      y = intAdd(intAdd(y, step), fromSmall(1));
      if (intCompare(y, nv) > 0) return fromSmall(x);
      x++;
    }
  }
  const spq = Math.sqrt(n * p * (1.0 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let setupComplete = false;
  let alpha: f64 = 0, lpq: f64 = 0, m: f64 = 0, h: f64 = 0;
  while (true) {
    let u = r.nextFloat();
    u -= 0.5;
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2.0 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    let v = r.nextFloat();
    if (us >= 0.07 && v <= vr) return intFromFloat(k);
    if (!setupComplete) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = Math.log(p / (1.0 - p));
      m = Math.floor((n + 1) * p);
      h = lgamma(m + 1) + lgamma(n - m + 1);
      setupComplete = true;
    }
    v *= alpha / (a / (us * us) + b);
    if (Math.log(v) <= h - lgamma(k + 1) - lgamma(n - k + 1) + (k - m) * lpq) return intFromFloat(k);
  }
  return fromSmall(0);
}

function r_getstate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("getstate", args, nargs);
  if (r === null) return ERR;
  if (!noKeywords("getstate", kwnames) || !checkPositional("getstate", nargs - 1, 0, 0)) return ERR;
  const inner = new PyTuple(MT_N + 1);
  for (let i = 0; i < MT_N; i++) inner.set(i, fromSmall(<i64>unchecked(r.state[i])));
  inner.set(MT_N, fromSmall(r.index));
  const t = new PyTuple(3);
  t.set(0, fromSmall(3));
  t.set(1, fromObj(inner));
  t.set(2, r.gaussNext);
  return fromObj(t);
}

function r_setstate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = selfRandom("setstate", args, nargs);
  if (r === null) return ERR;
  if (!noKeywords("setstate", kwnames) || !checkPositional("setstate", nargs - 1, 1, 1)) return ERR;
  const state = arg(args, 1);
  const version = getItem(state, fromSmall(0));
  if (version == ERR) return ERR;
  const isV3 = isIntValue(version) && intCompare(version, fromSmall(3)) == 0;
  const isV2 = isIntValue(version) && intCompare(version, fromSmall(2)) == 0;
  if (!isV3 && !isV2) {
    return valueError("state with version " + shown(version) + " passed to Random.setstate() of version 3");
  }
  if (!(isPtr(state) && typeOf(state).kind == Kind.TUPLE) || changetype<PyTuple>(objOf(state)).length != 3) {
    return valueError("too many values to unpack (expected 3)");
  }
  const st = changetype<PyTuple>(objOf(state));
  const inner = st.get(1);
  if (!(isPtr(inner) && typeOf(inner).kind == Kind.TUPLE)) return typeError("state vector must be a tuple");
  const it = changetype<PyTuple>(objOf(inner));
  if (it.length != MT_N + 1) return valueError("state vector is the wrong size");
  const fresh = new StaticArray<u32>(MT_N);
  for (let i = 0; i < MT_N; i++) {
    let w = it.get(i);
    if (!isIntValue(w)) return typeError("'" + typeName(w) + "' object cannot be interpreted as an integer");
    if (isV2) w = fromBig(BigNum.floorMod(toBig(w), BigNum.fromU64(0x1_0000_0000)));
    if (intSign(w) < 0 || !intFitsI64(w) || intToI64(w) > 0xffff_ffff) {
      return raise(E.OverflowError, "Python int too large to convert to C unsigned long");
    }
    unchecked(fresh[i] = <u32>intToI64(w));
  }
  const idx = it.get(MT_N);
  if (!isIntValue(idx)) return typeError("'" + typeName(idx) + "' object cannot be interpreted as an integer");
  if (!intFitsI64(idx) || intToI64(idx) < 0 || intToI64(idx) > MT_N) return valueError("invalid state");
  memory.copy(changetype<usize>(r.state), changetype<usize>(fresh), <usize>MT_N << 2);
  r.index = <i32>intToI64(idx);
  r.gaussNext = st.get(2);
  return NONE;
}

// ---- the module ----

let randomModuleObj: PyModule | null = null;

// A module-level function: the method bound to the hidden instance.
function defBound(m: PyModule, inst: PyRandom, name: string, fn: NativeFn): void {
  const b = new PyBuiltin(name, fn, randomType, BuiltinFlag.METHOD);
  b.self = fromObj(inst);
  m.mdict.setStr(intern(name), fromObj(b));
}

function randomTypeObj(): PyType {
  let t = randomType;
  if (t !== null) return t;
  t = makeType("Random", Kind.OBJECT, T.object, true);
  // makeType leaves the class of the type to the start-up bootstrap, long past here.
  t.cls = T.type;
  t.tpDict.cls = T.dict;
  t.module = strValue("random");
  randomType = t;
  const newFn = new PyBuiltin("__new__", r_new, t, BuiltinFlag.STATIC);
  t.tpDict.setStr(N.__new__, fromObj(new PyWrapper(T.staticmethod, fromObj(newFn))));
  defMethod(t, "__init__", r_init);
  defMethod(t, "seed", r_seed);
  defMethod(t, "random", r_random);
  defMethod(t, "getrandbits", r_getrandbits);
  defMethod(t, "randbytes", r_randbytes);
  defMethod(t, "randrange", r_randrange);
  defMethod(t, "randint", r_randint);
  defMethod(t, "choice", r_choice);
  defMethod(t, "shuffle", r_shuffle);
  defMethod(t, "sample", r_sample);
  defMethod(t, "choices", r_choices);
  defMethod(t, "uniform", r_uniform);
  defMethod(t, "triangular", r_triangular);
  defMethod(t, "normalvariate", r_normalvariate);
  defMethod(t, "gauss", r_gauss);
  defMethod(t, "lognormvariate", r_lognormvariate);
  defMethod(t, "expovariate", r_expovariate);
  defMethod(t, "vonmisesvariate", r_vonmisesvariate);
  defMethod(t, "gammavariate", r_gammavariate);
  defMethod(t, "betavariate", r_betavariate);
  defMethod(t, "paretovariate", r_paretovariate);
  defMethod(t, "weibullvariate", r_weibullvariate);
  defMethod(t, "binomialvariate", r_binomialvariate);
  defMethod(t, "getstate", r_getstate);
  defMethod(t, "setstate", r_setstate);
  return t;
}

export function randomModule(): Value {
  let m = randomModuleObj;
  if (m !== null) return fromObj(m);
  m = newModule("random", null);
  randomModuleObj = m;
  const t = randomTypeObj();
  const inst = new PyRandom(t);
  seedWith(inst, NONE, fromSmall(2));
  m.mdict.setStr(intern("Random"), fromObj(t));
  m.mdict.setStr(intern("_inst"), fromObj(inst));
  const names: Array<string> = [
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices",
    "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
    "binomialvariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes",
  ];
  for (let i = 0; i < names.length; i++) {
    const fn = t.tpDict.getStr(intern(names[i]));
    defBound(m, inst, names[i], changetype<PyBuiltin>(objOf(fn)).fn);
  }
  m.mdict.setStr(intern("NV_MAGICCONST"), fromFloat(NV_MAGICCONST));
  m.mdict.setStr(intern("TWOPI"), fromFloat(TWOPI));
  m.mdict.setStr(intern("LOG4"), fromFloat(LOG4));
  m.mdict.setStr(intern("SG_MAGICCONST"), fromFloat(SG_MAGICCONST));
  m.mdict.setStr(intern("BPF"), fromSmall(53));
  m.mdict.setStr(intern("RECIP_BPF"), fromFloat(1.1102230246251565e-16));
  return fromObj(m);
}
