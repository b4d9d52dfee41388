// PyStr: Python's str over an AssemblyScript (UTF-16) string.
//
// Python indexes str by code point. Most strings have no astral characters, and then a
// code-point index is a UTF-16 index; for the others `cpStarts` (built on first use) maps
// code-point index -> UTF-16 index. XXX: a Python str holding lone surrogates that happen to
// form a valid pair is indistinguishable from the astral character (documented limitation).
//
// hash() matches CPython with PYTHONHASHSEED=0: SipHash-1-3 with a zero key over the PEP 393
// representation (1, 2 or 4 bytes per code point), so set iteration order matches too.
import { Value, fromObj, NULL } from "./value";
import { T } from "./type";

export const enum StrFlag {
  ASCII = 1,
  ASTRAL = 2, // contains surrogate pairs: code-point index != UTF-16 index
  INTERNED = 4,
  MEASURED = 8, // ASCII/ASTRAL/maxChar are known
}

export class PyStr extends PyObject {
  s: string;
  hash: i64 = -1;
  flags: u32 = 0;
  cpLen: i32 = -1;
  maxChar: u32 = 0; // an upper bound within the largest code point's power of two (measure)
  cpStarts: Int32Array | null = null;

  constructor(s: string) {
    super();
    this.cls = T.strOrNull();
    this.s = s;
  }

  measure(): void {
    if (this.flags & StrFlag.MEASURED) return;
    const s = this.s;
    const n = s.length;
    const p = changetype<usize>(s);
    // Fast scan: OR all UTF-16 units, four per load. Below 0xD800 there is no surrogate, so
    // every unit is a code point, and the OR bounds the largest one within its power of two,
    // which is all maxChar's readers ask (< 0x80, < 0x100, < 0x10000).
    let bits: u64 = 0;
    let i = 0;
    for (; i + 4 <= n; i += 4) bits |= load<u64>(p + (<usize>i << 1));
    for (; i < n; i++) bits |= <u64>load<u16>(p + (<usize>i << 1));
    const units = <u32>((bits | (bits >> 16) | (bits >> 32) | (bits >> 48)) & 0xffff);
    if (units < 0xd800) {
      this.maxChar = units;
      this.cpLen = n;
      this.flags |= StrFlag.MEASURED | (units < 0x80 ? StrFlag.ASCII : 0);
      return;
    }
    let maxc: u32 = 0;
    let astral = false;
    let cps = 0;
    for (let i = 0; i < n; i++) {
      let c = <u32>load<u16>(p + (<usize>i << 1));
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = <u32>load<u16>(p + (<usize>(i + 1) << 1));
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          astral = true;
          i++;
        }
      }
      if (c > maxc) maxc = c;
      cps++;
    }
    this.maxChar = maxc;
    this.cpLen = cps;
    let f = this.flags | StrFlag.MEASURED;
    if (maxc < 0x80) f |= StrFlag.ASCII;
    if (astral) f |= StrFlag.ASTRAL;
    this.flags = f;
  }

  get length(): i32 {
    if (this.cpLen < 0) this.measure();
    return this.cpLen;
  }

  isAscii(): bool {
    this.measure();
    return (this.flags & StrFlag.ASCII) != 0;
  }

  isAstral(): bool {
    this.measure();
    return (this.flags & StrFlag.ASTRAL) != 0;
  }

  // UTF-16 index of code point i (0 <= i <= length).
  unitIndex(i: i32): i32 {
    if (!this.isAstral()) return i;
    let starts = this.cpStarts;
    if (starts === null) {
      const s = this.s;
      starts = new Int32Array(this.cpLen + 1);
      let k = 0;
      for (let j = 0; j < s.length; j++) {
        unchecked((starts[k++] = j));
        const c = s.charCodeAt(j);
        if (c >= 0xd800 && c < 0xdc00 && j + 1 < s.length) {
          const d = s.charCodeAt(j + 1);
          if (d >= 0xdc00 && d < 0xe000) j++;
        }
      }
      unchecked((starts[k] = s.length));
      this.cpStarts = starts;
    }
    return unchecked(starts[i]);
  }

  // Code point at index i (0 <= i < length).
  codePointAt(i: i32): u32 {
    return <u32>this.s.codePointAt(this.unitIndex(i));
  }

  // Substring by code-point indexes [start, end).
  slice(start: i32, end: i32): string {
    return this.s.substring(this.unitIndex(start), this.unitIndex(end));
  }

  getHash(): i64 {
    let h = this.hash;
    if (h != -1) return h;
    h = hashStr(this);
    this.hash = h;
    return h;
  }
}

// ---- SipHash-1-3 (key 0, 0) over the PEP 393 bytes ----

// @ts-ignore: decorator
@inline function rotl(x: u64, b: u64): u64 {
  return (x << b) | (x >>> (64 - b));
}

class SipState {
  v0: u64 = 0x736f6d6570736575;
  v1: u64 = 0x646f72616e646f6d;
  v2: u64 = 0x6c7967656e657261;
  v3: u64 = 0x7465646279746573;
  buf: u64 = 0;
  nbuf: u32 = 0;
  total: u64 = 0;

  round(): void {
    let v0 = this.v0, v1 = this.v1, v2 = this.v2, v3 = this.v3;
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
    this.v0 = v0; this.v1 = v1; this.v2 = v2; this.v3 = v3;
  }

  byte(b: u32): void {
    this.buf |= (<u64>(b & 0xff)) << (<u64>this.nbuf << 3);
    this.total++;
    if (++this.nbuf == 8) {
      const m = this.buf;
      this.v3 ^= m;
      this.round();
      this.v0 ^= m;
      this.buf = 0;
      this.nbuf = 0;
    }
  }

  finish(): u64 {
    const b = (this.total << 56) | this.buf;
    this.v3 ^= b;
    this.round();
    this.v0 ^= b;
    this.v2 ^= 0xff;
    this.round();
    this.round();
    this.round();
    return this.v0 ^ this.v1 ^ this.v2 ^ this.v3;
  }
}

function finishHash(h: i64): i64 {
  return h == -1 ? -2 : h;
}

export function hashStr(o: PyStr): i64 {
  o.measure();
  const s = o.s;
  if (s.length == 0) return 0;
  const width: u32 = o.maxChar < 0x100 ? 1 : o.maxChar < 0x10000 ? 2 : 4;
  const st = new SipState();
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = <u32>s.charCodeAt(i);
    if (width == 4 && c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = <u32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    st.byte(c);
    if (width >= 2) st.byte(c >>> 8);
    if (width == 4) {
      st.byte(c >>> 16);
      st.byte(c >>> 24);
    }
  }
  return finishHash(<i64>st.finish());
}

export function hashBytes(data: usize, len: i32): i64 {
  if (len == 0) return 0;
  const st = new SipState();
  for (let i = 0; i < len; i++) st.byte(<u32>load<u8>(data + <usize>i));
  return finishHash(<i64>st.finish());
}

// ---- construction and interning ----

const interned = new Map<string, PyStr>();
// @ts-ignore: decorator
@lazy let emptyStr: PyStr | null = null;

export function newStr(s: string): PyStr {
  return new PyStr(s);
}

export function strValue(s: string): Value {
  return fromObj(new PyStr(s));
}

// The canonical PyStr for s: identifiers, attribute names and dict keys of names use it, so
// name lookups can compare pointers before comparing text.
export function intern(s: string): PyStr {
  if (interned.has(s)) return interned.get(s);
  const o = new PyStr(s);
  o.flags |= StrFlag.INTERNED;
  interned.set(s, o);
  return o;
}

export function internObj(o: PyStr): PyStr {
  if (o.flags & StrFlag.INTERNED) return o;
  if (interned.has(o.s)) return interned.get(o.s);
  o.flags |= StrFlag.INTERNED;
  interned.set(o.s, o);
  return o;
}

export function emptyString(): PyStr {
  let e = emptyStr;
  if (e === null) {
    e = intern("");
    emptyStr = e;
  }
  return e;
}

// Python string equality.
// @ts-ignore: decorator
@inline export function strEq(a: PyStr, b: PyStr): bool {
  if (a === b) return true;
  if ((a.flags & b.flags & StrFlag.INTERNED) != 0) return false;
  return a.s == b.s;
}

export function isNull(v: Value): bool {
  return v == NULL;
}
