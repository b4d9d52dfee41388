// The value word: every Python value is a NaN-boxed u64 (design.md §2).
//
//   63      48 47                                   0
//  +----------+--------------------------------------+
//  |  < FFF9  |  any other bit pattern: an f64 float  |
//  |   FFF9   |  48-bit two's complement inline int   |
//  |   FFFA   |  special: NULL, None, False, True, NotImplemented, Ellipsis, ERR |
//  |   FFFB   |  low 32 bits: pointer to a PyObject   |
//  +----------+--------------------------------------+
//
// Wasm arithmetic only yields canonical NaNs (0x7FF8… / 0xFFF8…) from float inputs, so a float
// never collides with a tag; NaNs arriving from outside go through canonicalF64().
// NULL is "no value" (unbound local, the NULL below a callable); ERR is the error sentinel:
// a function returning a Value returns ERR when it has set a pending exception
// (runtime/errors.ts).

export type Value = u64;

export const TAG_INT: u64 = 0xfff9;
export const TAG_SPECIAL: u64 = 0xfffa;
export const TAG_PTR: u64 = 0xfffb;

export const NULL: Value = 0xfffa_0000_0000_0000;
export const NONE: Value = 0xfffa_0000_0000_0001;
export const FALSE: Value = 0xfffa_0000_0000_0002;
export const TRUE: Value = 0xfffa_0000_0000_0003;
export const NOTIMPL: Value = 0xfffa_0000_0000_0004;
export const ELLIPSIS: Value = 0xfffa_0000_0000_0005;
export const ERR: Value = 0xfffa_0000_0000_00ff;

export const SMALL_MAX: i64 = 0x7fff_ffff_ffff;
export const SMALL_MIN: i64 = -0x8000_0000_0000;

// @ts-ignore: decorator
@inline export function tagOf(v: Value): u64 {
  return v >>> 48;
}

// @ts-ignore: decorator
@inline export function isFloat(v: Value): bool {
  return v < 0xfff9_0000_0000_0000;
}

// @ts-ignore: decorator
@inline export function isSmallInt(v: Value): bool {
  return (v >>> 48) == TAG_INT;
}

// @ts-ignore: decorator
@inline export function isPtr(v: Value): bool {
  return (v >>> 48) == TAG_PTR;
}

// @ts-ignore: decorator
@inline export function isSpecial(v: Value): bool {
  return (v >>> 48) == TAG_SPECIAL;
}

// @ts-ignore: decorator
@inline export function floatOf(v: Value): f64 {
  return reinterpret<f64>(v);
}

// @ts-ignore: decorator
@inline export function fromFloat(x: f64): Value {
  return reinterpret<u64>(x);
}

export function canonicalF64(x: f64): Value {
  return x != x ? 0x7ff8_0000_0000_0000 : reinterpret<u64>(x);
}

// @ts-ignore: decorator
@inline export function smallOf(v: Value): i64 {
  return (<i64>(v << 16)) >> 16;
}

// Caller guarantees SMALL_MIN <= i <= SMALL_MAX.
// @ts-ignore: decorator
@inline export function fromSmall(i: i64): Value {
  return 0xfff9_0000_0000_0000 | (<u64>i & 0xffff_ffff_ffff);
}

// @ts-ignore: decorator
@inline export function fitsSmall(i: i64): bool {
  return (i << 16) >> 16 == i;
}

// @ts-ignore: decorator
@inline export function fromBool(b: bool): Value {
  return b ? TRUE : FALSE;
}

// @ts-ignore: decorator
@inline export function ptrOf(v: Value): usize {
  return <usize>(v & 0xffff_ffff);
}

// @ts-ignore: decorator
@inline export function fromObj(o: PyObject): Value {
  return 0xfffb_0000_0000_0000 | <u64>changetype<usize>(o);
}

// A word the collector traces like an object pointer, for managed objects that are not Python
// objects (a ValueArray kept alive from a native's roots); never seen by Python code.
// @ts-ignore: decorator
@inline export function tracedRef<T>(o: T): Value {
  return (TAG_PTR << 48) | <u64>changetype<usize>(o);
}

// @ts-ignore: decorator
@inline export function objOf(v: Value): PyObject {
  return changetype<PyObject>(<usize>(v & 0xffff_ffff));
}

// @ts-ignore: decorator
@inline export function asObj<T>(v: Value): T {
  return changetype<T>(<usize>(v & 0xffff_ffff));
}
