// Methods of bytes and bytearray, registered into their type dicts at start-up, and the text
// codecs (str.encode, bytes.decode) for UTF-8, ASCII and Latin-1.
//
// Invariants:
// - A PyBytes holds `length` bytes at the start of `data`; a bytearray grows by replacing
//   `data` with a larger buffer (length <= data.length always).
// - Methods shared by bytes and bytearray are registered on both; results have the type of
//   self (bytes or bytearray, never a subclass), as in CPython.
// - "bytes-like" arguments are bytes and bytearray (there is no memoryview yet).
// - ctype-style methods (isalpha, upper, split() on whitespace, …) are ASCII-only, as CPython's
//   Py_ISSPACE/Py_TOUPPER family.
// - Codec errors are UnicodeEncodeError / UnicodeDecodeError with CPython's message as the one
//   argument; encoding/object/start/end/reason are set as instance attributes.
import { Value, NULL, NONE, ERR, NOTIMPL, TRUE, FALSE, isPtr, objOf, fromObj, fromBool, fromSmall } from "../../objects/value";
import { BinOp, CmpOp } from "../../common/operators";
import {
  slotLen, slotContains, slotGetItem, slotSetItem, slotDelItem, slotIter, slotBinary, slotInplace, slotRepeat, slotHash,
  slotCompare, slotRepr,
} from "./slots";
import { T, PyType, Kind, typeOf } from "../../objects/type";
import { PyStr, newStr, strValue, intern } from "../../objects/str";
import { PyBytes } from "../../objects/bytes";
import { PyTuple, PyList, newTuple1 } from "../../objects/tuple";
import { PyDict } from "../../objects/dict";
import { PySlice, SliceBounds } from "../../objects/range";
import { E } from "../../objects/exceptions";
import { isIntValue, intFitsI64, intToI64, intFromI64 } from "../../objects/int";
import { defMethod, defClassMethod, defStatic, defAttr } from "../../objects/typeinit";
import { raise, raiseValue, typeError, typeName, errorMatches, clearError, newException } from "../errors";
import { noKeywords, checkPositional, parseArgs, Args, methodNoArgs, methodOneArg, methodPositional, methodVarargs, SEP_MAXSPLIT_PARAMS, KEEPENDS_PARAMS, TABSIZE_PARAMS, ENCODING_ERRORS_PARAMS } from "../args";
import { getIter, iterNext, index, isTrue } from "../abstract";
import { sliceIndices } from "../subscript";
import { call1 } from "../../vm/call";
import { reserveMemory } from "../gc";
import { repeatCount } from "../collections";
import {
  argAt, isStrValue, asStr, checkSelf,
  ssizeArg, intArg, ARG_ERROR, Span, readSpan, sequenceItems, reverseList, TextBuilder, cpAt, Finder, codePoints,
} from "./str";

// ── Byte buffers ───────────────────────────────────────────────────────────────────────────

/** Accumulates bytes in a growable buffer. */
export class ByteBuilder {
  data: StaticArray<u8>;
  len: i32 = 0;

  constructor(capacity: i32 = 16) {
    this.data = new StaticArray<u8>(capacity < 8 ? 8 : capacity);
  }

  reserve(extra: i32): void {
    const need = this.len + extra;
    if (need <= this.data.length) return;
    let cap = this.data.length << 1;
    if (cap < need) cap = need;
    const grown = new StaticArray<u8>(cap);
    memory.copy(changetype<usize>(grown), changetype<usize>(this.data), <usize>this.len);
    this.data = grown;
  }

  byte(b: u32): void {
    if (this.len == this.data.length) this.reserve(1);
    unchecked((this.data[this.len++] = <u8>b));
  }

  bytes(p: usize, n: i32): void {
    if (n <= 0) return;
    this.reserve(n);
    memory.copy(changetype<usize>(this.data) + <usize>this.len, p, <usize>n);
    this.len += n;
  }

  ascii(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) unchecked((this.data[this.len++] = <u8>s.charCodeAt(i)));
  }

  repeat(b: u32, n: i64): void {
    if (n <= 0) return;
    this.reserve(<i32>n);
    memory.fill(changetype<usize>(this.data) + <usize>this.len, <u8>b, <usize>n);
    this.len += <i32>n;
  }

  finish(mutable: bool): PyBytes {
    return new PyBytes(this.data, this.len, mutable);
  }
}

export function isBytesValue(v: Value): bool {
  if (!isPtr(v)) return false;
  const k = typeOf(v).kind;
  return k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// @ts-ignore: decorator
@inline function asBytes(v: Value): PyBytes {
  return changetype<PyBytes>(objOf(v));
}

// @ts-ignore: decorator
@inline function byteAt(p: usize, i: i32): u32 {
  return <u32>load<u8>(p + <usize>i);
}

/** A bytes-like argument: TypeError "a bytes-like object is required, not 'str'". */
export function bytesLikeArg(v: Value): PyBytes | null {
  if (!isBytesValue(v)) {
    typeError("a bytes-like object is required, not '" + typeName(v) + "'");
    return null;
  }
  return asBytes(v);
}

function isMutable(b: PyBytes): bool {
  return changetype<PyType>(b.cls).kind == Kind.BYTEARRAY;
}

function newBytesFrom(p: usize, n: i32, mutable: bool): PyBytes {
  const data = new StaticArray<u8>(n);
  if (n > 0) memory.copy(changetype<usize>(data), p, <usize>n);
  return new PyBytes(data, n, mutable);
}

// A result of self's kind; an exact bytes self with unchanged content is returned itself.
function bytesResult(self: PyBytes, p: usize, n: i32): Value {
  const mutable = isMutable(self);
  if (!mutable && self.cls === T.bytes && n == self.length && p == self.ptr) return fromObj(self);
  return fromObj(newBytesFrom(p, n, mutable));
}

// Before building a result of n bytes: false with MemoryError when it cannot be allocated.
function reserveBytes(n: i64): bool {
  if (n > <i64>i32.MAX_VALUE) {
    raise(E.MemoryError, "");
    return false;
  }
  return reserveMemory(<f64>n);
}

// Leftmost (or rightmost) index of needle within [from, to) of hay, or -1.
function findBytes(hay: usize, from: i32, to: i32, needle: usize, m: i32, reverse: bool): i32 {
  return new Finder(needle, m, false, reverse).find(hay, from, to);
}

function countBytes(hay: usize, from: i32, to: i32, needle: usize, m: i32, max: i64): i64 {
  const finder = new Finder(needle, m, false, false);
  let n: i64 = 0;
  let i = from;
  while (n < max) {
    const r = finder.find(hay, i, to);
    if (r < 0) break;
    n++;
    i = r + m;
  }
  return n;
}

// ── ASCII character classes (CPython's Py_ctype table) ────────────────────────────────────

// @ts-ignore: decorator
@inline function isSpaceByte(c: u32): bool {
  return c == 32 || c - 9 < 5;
}

// @ts-ignore: decorator
@inline function isLowerByte(c: u32): bool {
  return c - 97 < 26;
}

// @ts-ignore: decorator
@inline function isUpperByte(c: u32): bool {
  return c - 65 < 26;
}

// @ts-ignore: decorator
@inline function isDigitByte(c: u32): bool {
  return c - 48 < 10;
}

// @ts-ignore: decorator
@inline function isAlphaByte(c: u32): bool {
  return isLowerByte(c) || isUpperByte(c);
}

// ── Codecs ─────────────────────────────────────────────────────────────────────────────────

const CODEC_UTF8 = 1;
const CODEC_ASCII = 2;
const CODEC_LATIN1 = 3;

// encodings.normalize_encoding + the codec aliases of encodings/aliases.py for our codecs.
function codecOf(name: string): i32 {
  let norm = "";
  let pendingSep = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 46;
    if (!alnum) {
      pendingSep = norm.length > 0;
      continue;
    }
    if (pendingSep) norm += "_";
    pendingSep = false;
    if (c >= 65 && c <= 90) c += 32;
    norm += String.fromCharCode(c);
  }
  if (norm == "utf_8" || norm == "utf8" || norm == "u8" || norm == "utf" || norm == "cp65001" ||
    norm == "utf8_ucs2" || norm == "utf8_ucs4") return CODEC_UTF8;
  if (norm == "ascii" || norm == "us_ascii" || norm == "646" || norm == "us" || norm == "cp367" ||
    norm == "csascii" || norm == "ibm367" || norm == "iso646_us" || norm == "iso_646.irv_1991" ||
    norm == "iso_ir_6" || norm == "ansi_x3.4_1968" || norm == "ansi_x3_4_1968" || norm == "ansi_x3.4_1986") return CODEC_ASCII;
  if (norm == "latin_1" || norm == "latin1" || norm == "latin" || norm == "l1" || norm == "iso_8859_1" ||
    norm == "iso8859_1" || norm == "8859" || norm == "cp819" || norm == "ibm819" || norm == "iso_ir_100" ||
    norm == "csisolatin1" || norm == "iso_8859_1_1987") return CODEC_LATIN1;
  return 0;
}

function codecName(codec: i32): string {
  return codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
}

const H_STRICT = 0;
const H_IGNORE = 1;
const H_REPLACE = 2;
const H_BACKSLASH = 3;
const H_XMLCHARREF = 4;
const H_SURROGATEESCAPE = 5;
const H_SURROGATEPASS = 6;
const H_UNKNOWN = -1;

function handlerOf(name: string): i32 {
  if (name == "strict") return H_STRICT;
  if (name == "ignore") return H_IGNORE;
  if (name == "replace") return H_REPLACE;
  if (name == "backslashreplace") return H_BACKSLASH;
  if (name == "xmlcharrefreplace") return H_XMLCHARREF;
  if (name == "surrogateescape") return H_SURROGATEESCAPE;
  if (name == "surrogatepass") return H_SURROGATEPASS;
  return H_UNKNOWN;
}

function unknownHandler(name: string): Value {
  return raise(E.LookupError, "unknown error handler name '" + name + "'");
}

function hex2(b: u32): string {
  const digits = "0123456789abcdef";
  return digits.charAt(<i32>(b >> 4)) + digits.charAt(<i32>(b & 15));
}

function hexN(c: u32, n: i32): string {
  let s = c.toString(16);
  while (s.length < n) s = "0" + s;
  return s;
}

// "\xe9", "\u20ac" or "\U0001f600": how codec messages show one character.
function escapeChar(c: u32): string {
  if (c < 0x100) return "\\x" + hexN(c, 2);
  if (c < 0x10000) return "\\u" + hexN(c, 4);
  return "\\U" + hexN(c, 8);
}

function raiseUnicodeError(cls: PyType, msg: string, encoding: string, object: Value, start: i64, end: i64, reason: string): Value {
  const e = newException(cls, newTuple1(strValue(msg)));
  const d = new PyDict();
  d.setStr(intern("encoding"), strValue(encoding));
  d.setStr(intern("object"), object);
  d.setStr(intern("start"), intFromI64(start));
  d.setStr(intern("end"), intFromI64(end));
  d.setStr(intern("reason"), strValue(reason));
  e.dict = d;
  return raiseValue(fromObj(e));
}

function raiseEncodeError(codec: i32, s: PyStr, start: i32, end: i32, cps: StaticArray<u32>, reason: string): Value {
  const enc = codecName(codec);
  let msg: string;
  if (end - start == 1) {
    msg = "'" + enc + "' codec can't encode character '" + escapeChar(cps[start]) + "' in position " + start.toString() + ": " + reason;
  } else {
    msg = "'" + enc + "' codec can't encode characters in position " + start.toString() + "-" + (end - 1).toString() + ": " + reason;
  }
  return raiseUnicodeError(E.UnicodeEncodeError, msg, enc, fromObj(s), start, end, reason);
}

function raiseDecodeError(enc: string, p: usize, len: i32, start: i32, end: i32, reason: string): Value {
  let msg: string;
  if (end - start == 1) {
    msg = "'" + enc + "' codec can't decode byte 0x" + hex2(byteAt(p, start)) + " in position " + start.toString() + ": " + reason;
  } else {
    msg = "'" + enc + "' codec can't decode bytes in position " + start.toString() + "-" + (end - 1).toString() + ": " + reason;
  }
  return raiseUnicodeError(E.UnicodeDecodeError, msg, enc, fromObj(newBytesFrom(p, len, false)), start, end, reason);
}

// @ts-ignore: decorator
@inline function isSurrogate(c: u32): bool {
  return c - 0xd800 < 0x800;
}

function putUtf8(b: ByteBuilder, c: u32): void {
  if (c < 0x80) b.byte(c);
  else if (c < 0x800) {
    b.byte(0xc0 | (c >> 6));
    b.byte(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    b.byte(0xe0 | (c >> 12));
    b.byte(0x80 | ((c >> 6) & 0x3f));
    b.byte(0x80 | (c & 0x3f));
  } else {
    b.byte(0xf0 | (c >> 18));
    b.byte(0x80 | ((c >> 12) & 0x3f));
    b.byte(0x80 | ((c >> 6) & 0x3f));
    b.byte(0x80 | (c & 0x3f));
  }
}

/** str.encode(encoding, errors) for the codecs above; LookupError for any other. */
export function encodeStr(s: PyStr, encoding: string, errors: string): Value {
  const codec = codecOf(encoding);
  if (codec == 0) return raise(E.LookupError, "unknown encoding: " + encoding);
  const cps = codePoints(s.s);
  const n = cps.length;
  const limit: u32 = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
  const b = new ByteBuilder(s.s.length + 8);
  let i = 0;
  while (i < n) {
    const c = unchecked(cps[i]);
    const bad = codec == CODEC_UTF8 ? isSurrogate(c) : c >= limit;
    if (!bad) {
      if (codec == CODEC_UTF8) putUtf8(b, c);
      else b.byte(c);
      i++;
      continue;
    }
    // the run of unencodable characters is reported (and replaced) as one error
    let end = i + 1;
    while (end < n && (codec == CODEC_UTF8 ? isSurrogate(unchecked(cps[end])) : unchecked(cps[end]) >= limit)) end++;
    const reason = codec == CODEC_UTF8 ? "surrogates not allowed" : "ordinal not in range(" + limit.toString() + ")";
    const h = handlerOf(errors);
    if (h == H_UNKNOWN) return unknownHandler(errors);
    if (h == H_STRICT) return raiseEncodeError(codec, s, i, end, cps, reason);
    if (h == H_SURROGATEESCAPE) {
      // escapable surrogates before the first other character are still written (CPython)
      for (let k = i; k < end; k++) {
        const x = unchecked(cps[k]);
        if (x < 0xdc80 || x > 0xdcff) return raiseEncodeError(codec, s, k, end, cps, reason);
      }
    }
    if (h == H_SURROGATEPASS && codec != CODEC_UTF8) return raiseEncodeError(codec, s, i, end, cps, reason);
    for (let k = i; k < end; k++) {
      const x = unchecked(cps[k]);
      switch (h) {
        case H_REPLACE: b.byte(63); break;
        case H_BACKSLASH: b.ascii(escapeChar(x)); break;
        case H_XMLCHARREF: b.ascii("&#" + x.toString() + ";"); break;
        case H_SURROGATEESCAPE: b.byte(x - 0xdc00); break;
        case H_SURROGATEPASS: putUtf8(b, x); break;
      }
    }
    i = end;
  }
  return fromObj(b.finish(false));
}

// How the UTF-8 sequence at a lead byte ends (CPython's error ranges, so "maximal subparts"
// of an invalid sequence are reported and replaced as one unit).
const UTF8_INVALID_START = 0;
const UTF8_TRUNCATED = 1; // "unexpected end of data"
const UTF8_BAD_CONTINUATION = 2;
const UTF8_COMPLETE = 3;

// Classifies the sequence starting at lead byte p[i]: (kind << 3) | length, where length is
// the whole sequence (complete) or its valid prefix (1..3). The second-byte ranges exclude
// overlongs, surrogates (unless surrogatepass) and code points past U+10FFFF.
function utf8Sequence(p: usize, i: i32, n: i32, passSurrogates: bool): i32 {
  const c = byteAt(p, i);
  let need = 0;
  let lo: u32 = 0x80;
  let hi: u32 = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c == 0xe0) lo = 0xa0;
    else if (c == 0xed && !passSurrogates) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c == 0xf0) lo = 0x90;
    else if (c == 0xf4) hi = 0x8f;
  } else {
    return (UTF8_INVALID_START << 3) | 1;
  }
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return (UTF8_TRUNCATED << 3) | k;
    const d = byteAt(p, i + k);
    if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xbf)) return (UTF8_BAD_CONTINUATION << 3) | k;
  }
  return (UTF8_COMPLETE << 3) | (need + 1);
}

function decodeUtf8Cp(p: usize, i: i32, len: i32): u32 {
  const c = byteAt(p, i);
  if (len == 2) return ((c & 0x1f) << 6) | (byteAt(p, i + 1) & 0x3f);
  if (len == 3) return ((c & 0x0f) << 12) | ((byteAt(p, i + 1) & 0x3f) << 6) | (byteAt(p, i + 2) & 0x3f);
  return ((c & 0x07) << 18) | ((byteAt(p, i + 1) & 0x3f) << 12) | ((byteAt(p, i + 2) & 0x3f) << 6) | (byteAt(p, i + 3) & 0x3f);
}

/** bytes.decode(encoding, errors) over n bytes at p. */
export function decodeBytes(p: usize, n: i32, encoding: string, errors: string): Value {
  const codec = codecOf(encoding);
  if (codec == 0) return raise(E.LookupError, "unknown encoding: " + encoding);
  const enc = codecName(codec);
  const out = new TextBuilder(n + 8);
  let h = H_STRICT;
  let handlerKnown = false;
  let i = 0;
  while (i < n) {
    const c = byteAt(p, i);
    if (c < 0x80) {
      out.unit(c);
      i++;
      continue;
    }
    if (codec == CODEC_LATIN1) {
      out.unit(c);
      i++;
      continue;
    }
    if (!handlerKnown) {
      h = handlerOf(errors);
      handlerKnown = true;
    }
    let errLen = 1;
    let reason = "ordinal not in range(128)";
    if (codec == CODEC_UTF8) {
      const seq = utf8Sequence(p, i, n, h == H_SURROGATEPASS);
      const kind = seq >> 3;
      const len = seq & 7;
      if (kind == UTF8_COMPLETE) {
        out.cp(decodeUtf8Cp(p, i, len));
        i += len;
        continue;
      }
      errLen = len;
      reason = kind == UTF8_INVALID_START ? "invalid start byte" : kind == UTF8_TRUNCATED ? "unexpected end of data" : "invalid continuation byte";
    }
    if (h == H_UNKNOWN) return unknownHandler(errors);
    if (h == H_XMLCHARREF) return typeError("don't know how to handle UnicodeDecodeError in error callback");
    if (h == H_STRICT || h == H_SURROGATEPASS) {
      return raiseDecodeError(enc, p, n, i, i + errLen, reason);
    }
    for (let k = 0; k < errLen; k++) {
      const x = byteAt(p, i + k);
      if (h == H_BACKSLASH) out.str("\\x" + hex2(x));
      else if (h == H_SURROGATEESCAPE) out.unit(0xdc00 + x);
      else if (h == H_REPLACE && k == 0) out.unit(0xfffd);
    }
    i += errLen;
  }
  return fromObj(newStr(out.toString()));
}

// ── Method plumbing ────────────────────────────────────────────────────────────────────────

// self of a method shared by bytes and bytearray (either kind is accepted).
function selfBytes(args: usize, nargs: i32, name: string): PyBytes | null {
  if (!checkSelf(args, nargs, "bytes", name, Kind.BYTES, Kind.BYTEARRAY)) return null;
  return asBytes(argAt(args, 0));
}

function selfByteArray(args: usize, nargs: i32, name: string): PyBytes | null {
  if (!checkSelf(args, nargs, "bytearray", name, Kind.BYTEARRAY, Kind.BYTEARRAY)) return null;
  return asBytes(argAt(args, 0));
}

function ownerName(b: PyBytes): string {
  return isMutable(b) ? "bytearray" : "bytes";
}

// A search argument: a byte value or a bytes-like object; the needle is written to `one`
// for a byte value. Returns the needle's PyBytes, or null on error.
function searchArg(v: Value, one: PyBytes): PyBytes | null {
  if (isBytesValue(v)) return asBytes(v);
  if (isIntValue(v)) {
    const x = intFitsI64(v) ? intToI64(v) : -1;
    if (x < 0 || x > 255) {
      raise(E.ValueError, "byte must be in range(0, 256)");
      return null;
    }
    unchecked((one.data[0] = <u8>x));
    return one;
  }
  typeError("argument should be integer or bytes-like object, not '" + typeName(v) + "'");
  return null;
}

// ── Searching ──────────────────────────────────────────────────────────────────────────────

// find/rfind/index/rindex: index or -1; -2 on error.
function findIn(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, reverse: bool): i64 {
  const self = selfBytes(args, nargs, name);
  if (self === null) return -2;
  if (!methodVarargs(ownerName(self), name, nargs, kwnames, 1, 3)) return -2;
  const one = new PyBytes(new StaticArray<u8>(1), 1, false);
  const sub = searchArg(argAt(args, 1), one);
  if (sub === null) return -2;
  const sp = new Span();
  if (!readSpan(args, nargs, 2, self.length, sp)) return -2;
  if (sp.end - sp.start < sub.length) return -1;
  return findBytes(self.ptr, <i32>sp.start, <i32>sp.end, sub.ptr, sub.length, reverse);
}

function bytes_find(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "find", false);
  return r == -2 ? ERR : intFromI64(r);
}

function bytes_rfind(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "rfind", true);
  return r == -2 ? ERR : intFromI64(r);
}

function bytes_index(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "index", false);
  if (r == -2) return ERR;
  return r < 0 ? raise(E.ValueError, "subsection not found") : intFromI64(r);
}

function bytes_rindex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "rindex", true);
  if (r == -2) return ERR;
  return r < 0 ? raise(E.ValueError, "subsection not found") : intFromI64(r);
}

function bytes_count(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "count");
  if (self === null) return ERR;
  if (!methodVarargs(ownerName(self), "count", nargs, kwnames, 1, 3)) return ERR;
  const one = new PyBytes(new StaticArray<u8>(1), 1, false);
  const sub = searchArg(argAt(args, 1), one);
  if (sub === null) return ERR;
  const sp = new Span();
  if (!readSpan(args, nargs, 2, self.length, sp)) return ERR;
  if (sp.end - sp.start < sub.length) return fromSmall(0);
  if (sub.length == 0) return intFromI64(sp.end - sp.start + 1);
  return intFromI64(countBytes(self.ptr, <i32>sp.start, <i32>sp.end, sub.ptr, sub.length, i64.MAX_VALUE));
}

/** `item in b`: a byte value or a bytes-like substring. 1, 0 or -1 with an exception. */
export function bytesContains(b: PyBytes, item: Value): i32 {
  if (!isIntValue(item) && !isBytesValue(item)) {
    typeError("a bytes-like object is required, not '" + typeName(item) + "'");
    return -1;
  }
  const one = new PyBytes(new StaticArray<u8>(1), 1, false);
  const sub = searchArg(item, one);
  if (sub === null) return -1;
  return findBytes(b.ptr, 0, b.length, sub.ptr, sub.length, false) >= 0 ? 1 : 0;
}

function tailMatch(self: PyBytes, sub: PyBytes, sp: Span, atEnd: bool): bool {
  const m = sub.length;
  const end = sp.end - m;
  if (end < sp.start) return false;
  if (m == 0) return true;
  const at = atEnd ? end : sp.start;
  return memory.compare(self.ptr + <usize>at, sub.ptr, <usize>m) == 0;
}

function startsEnds(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, atEnd: bool): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodVarargs(ownerName(self), name, nargs, kwnames, 1, 3)) return ERR;
  const sp = new Span();
  const prefix = argAt(args, 1);
  if (isPtr(prefix) && typeOf(prefix).kind == Kind.TUPLE) {
    if (!readSpan(args, nargs, 2, self.length, sp)) return ERR;
    const tup = changetype<PyTuple>(objOf(prefix));
    for (let i = 0; i < tup.length; i++) {
      const item = bytesLikeArg(tup.get(i));
      if (item === null) return ERR;
      if (tailMatch(self, item, sp, atEnd)) return TRUE;
    }
    return FALSE;
  }
  if (!isBytesValue(prefix)) {
    return typeError(name + " first arg must be bytes or a tuple of bytes, not " + typeName(prefix));
  }
  if (!readSpan(args, nargs, 2, self.length, sp)) return ERR;
  return fromBool(tailMatch(self, asBytes(prefix), sp, atEnd));
}

function bytes_startswith(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return startsEnds(args, nargs, kwnames, "startswith", false);
}

function bytes_endswith(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return startsEnds(args, nargs, kwnames, "endswith", true);
}

// ── Case and character classes ─────────────────────────────────────────────────────────────

const BCASE_UPPER = 0;
const BCASE_LOWER = 1;
const BCASE_SWAP = 2;
const BCASE_TITLE = 3;
const BCASE_CAPITALIZE = 4;

function caseMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, mode: i32): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodNoArgs(ownerName(self), name, nargs, kwnames)) return ERR;
  const n = self.length;
  const out = new StaticArray<u8>(n);
  const p = self.ptr;
  let previousCased = false;
  for (let i = 0; i < n; i++) {
    let c = byteAt(p, i);
    switch (mode) {
      case BCASE_UPPER:
        if (isLowerByte(c)) c -= 32;
        break;
      case BCASE_LOWER:
        if (isUpperByte(c)) c += 32;
        break;
      case BCASE_SWAP:
        if (isLowerByte(c)) c -= 32;
        else if (isUpperByte(c)) c += 32;
        break;
      case BCASE_TITLE: {
        const cased = isAlphaByte(c);
        if (previousCased) {
          if (isUpperByte(c)) c += 32;
        } else if (isLowerByte(c)) c -= 32;
        previousCased = cased;
        break;
      }
      default:
        if (i == 0) {
          if (isLowerByte(c)) c -= 32;
        } else if (isUpperByte(c)) c += 32;
    }
    unchecked((out[i] = <u8>c));
  }
  return fromObj(new PyBytes(out, n, isMutable(self)));
}

function bytes_upper(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "upper", BCASE_UPPER);
}

function bytes_lower(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "lower", BCASE_LOWER);
}

function bytes_swapcase(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "swapcase", BCASE_SWAP);
}

function bytes_title(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "title", BCASE_TITLE);
}

function bytes_capitalize(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "capitalize", BCASE_CAPITALIZE);
}

const BPRED_ALNUM = 0;
const BPRED_ALPHA = 1;
const BPRED_DIGIT = 2;
const BPRED_SPACE = 3;
const BPRED_ASCII = 4;
const BPRED_LOWER = 5;
const BPRED_UPPER = 6;
const BPRED_TITLE = 7;

function predicate(p: usize, n: i32, which: i32): bool {
  if (which == BPRED_ASCII) {
    for (let i = 0; i < n; i++) if (byteAt(p, i) >= 0x80) return false;
    return true;
  }
  if (n == 0) return false;
  if (which == BPRED_LOWER || which == BPRED_UPPER) {
    let cased = false;
    for (let i = 0; i < n; i++) {
      const c = byteAt(p, i);
      if (which == BPRED_LOWER ? isUpperByte(c) : isLowerByte(c)) return false;
      if (which == BPRED_LOWER ? isLowerByte(c) : isUpperByte(c)) cased = true;
    }
    return cased;
  }
  if (which == BPRED_TITLE) {
    let cased = false;
    let previousCased = false;
    for (let i = 0; i < n; i++) {
      const c = byteAt(p, i);
      if (isUpperByte(c)) {
        if (previousCased) return false;
        previousCased = true;
        cased = true;
      } else if (isLowerByte(c)) {
        if (!previousCased) return false;
        previousCased = true;
        cased = true;
      } else previousCased = false;
    }
    return cased;
  }
  for (let i = 0; i < n; i++) {
    const c = byteAt(p, i);
    let ok: bool;
    switch (which) {
      case BPRED_ALNUM: ok = isAlphaByte(c) || isDigitByte(c); break;
      case BPRED_ALPHA: ok = isAlphaByte(c); break;
      case BPRED_DIGIT: ok = isDigitByte(c); break;
      default: ok = isSpaceByte(c);
    }
    if (!ok) return false;
  }
  return true;
}

function predicateMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, which: i32): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodNoArgs(ownerName(self), name, nargs, kwnames)) return ERR;
  return fromBool(predicate(self.ptr, self.length, which));
}

function bytes_isalnum(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isalnum", BPRED_ALNUM);
}

function bytes_isalpha(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isalpha", BPRED_ALPHA);
}

function bytes_isdigit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isdigit", BPRED_DIGIT);
}

function bytes_isspace(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isspace", BPRED_SPACE);
}

function bytes_isascii(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isascii", BPRED_ASCII);
}

function bytes_islower(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "islower", BPRED_LOWER);
}

function bytes_isupper(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isupper", BPRED_UPPER);
}

function bytes_istitle(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "istitle", BPRED_TITLE);
}

// ── Padding ────────────────────────────────────────────────────────────────────────────────

function padMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, how: i32): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodPositional(ownerName(self), name, nargs, kwnames, 1, 2)) return ERR;
  const width = ssizeArg(argAt(args, 1));
  if (width == ARG_ERROR) return ERR;
  let fill: u32 = 32;
  if (nargs > 2) {
    const f = argAt(args, 2);
    if (!isBytesValue(f) || asBytes(f).length != 1) {
      return typeError(name + "() argument 2 must be a byte string of length 1, not " + typeName(f));
    }
    fill = byteAt(asBytes(f).ptr, 0);
  }
  const len = self.length;
  if (width <= len) return bytesResult(self, self.ptr, len);
  if (!reserveBytes(width)) return ERR;
  const marg = width - len;
  let left: i64 = 0;
  if (how == 114) left = marg;
  else if (how == 99) left = (marg >> 1) + (marg & width & 1);
  const b = new ByteBuilder(<i32>width);
  b.repeat(fill, left);
  b.bytes(self.ptr, len);
  b.repeat(fill, marg - left);
  return fromObj(b.finish(isMutable(self)));
}

function bytes_center(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return padMethod(args, nargs, kwnames, "center", 99);
}

function bytes_ljust(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return padMethod(args, nargs, kwnames, "ljust", 108);
}

function bytes_rjust(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return padMethod(args, nargs, kwnames, "rjust", 114);
}

function bytes_zfill(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "zfill");
  if (self === null) return ERR;
  if (!methodOneArg(ownerName(self), "zfill", nargs, kwnames)) return ERR;
  const width = ssizeArg(argAt(args, 1));
  if (width == ARG_ERROR) return ERR;
  const len = self.length;
  if (width <= len) return bytesResult(self, self.ptr, len);
  if (!reserveBytes(width)) return ERR;
  const p = self.ptr;
  const b = new ByteBuilder(<i32>width);
  let from = 0;
  if (len > 0 && (byteAt(p, 0) == 43 || byteAt(p, 0) == 45)) {
    b.byte(byteAt(p, 0));
    from = 1;
  }
  b.repeat(48, width - len);
  b.bytes(p + <usize>from, len - from);
  return fromObj(b.finish(isMutable(self)));
}

function bytes_expandtabs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "expandtabs");
  if (self === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("expandtabs", args + 8, nargs - 1, kwnames, TABSIZE_PARAMS, 0, 0, 1, a)) return ERR;
  let tabsize: i64 = 8;
  if (a.has(0)) {
    tabsize = intArg(a.get(0));
    if (tabsize == ARG_ERROR) return ERR;
  }
  const p = self.ptr;
  const b = new ByteBuilder(self.length + 8);
  let column: i64 = 0;
  for (let i = 0; i < self.length; i++) {
    const c = byteAt(p, i);
    if (c == 9) {
      if (tabsize > 0) {
        const incr = tabsize - (column % tabsize);
        column += incr;
        if (incr > 4096 && !reserveBytes(incr)) return ERR;
        b.repeat(32, incr);
      }
    } else {
      column++;
      b.byte(c);
      if (c == 10 || c == 13) column = 0;
    }
  }
  return fromObj(b.finish(isMutable(self)));
}

// ── Stripping, affixes ─────────────────────────────────────────────────────────────────────

function inByteSet(set: PyBytes | null, c: u32): bool {
  if (set === null) return isSpaceByte(c);
  const p = set.ptr;
  for (let k = 0; k < set.length; k++) if (byteAt(p, k) == c) return true;
  return false;
}

function stripMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, sides: i32): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodPositional(ownerName(self), name, nargs, kwnames, 0, 1)) return ERR;
  let set: PyBytes | null = null;
  if (nargs > 1 && argAt(args, 1) != NONE) {
    set = bytesLikeArg(argAt(args, 1));
    if (set === null) return ERR;
  }
  const p = self.ptr;
  let i = 0;
  let j = self.length;
  if (sides & 1) while (i < j && inByteSet(set, byteAt(p, i))) i++;
  if (sides & 2) while (j > i && inByteSet(set, byteAt(p, j - 1))) j--;
  return bytesResult(self, p + <usize>i, j - i);
}

function bytes_strip(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return stripMethod(args, nargs, kwnames, "strip", 3);
}

function bytes_lstrip(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return stripMethod(args, nargs, kwnames, "lstrip", 1);
}

function bytes_rstrip(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return stripMethod(args, nargs, kwnames, "rstrip", 2);
}

function affixMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, suffix: bool): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodOneArg(ownerName(self), name, nargs, kwnames)) return ERR;
  const a = bytesLikeArg(argAt(args, 1));
  if (a === null) return ERR;
  const n = self.length;
  const m = a.length;
  const p = self.ptr;
  if (m > 0 && m <= n) {
    if (!suffix && memory.compare(p, a.ptr, <usize>m) == 0) return bytesResult(self, p + <usize>m, n - m);
    if (suffix && memory.compare(p + <usize>(n - m), a.ptr, <usize>m) == 0) return bytesResult(self, p, n - m);
  }
  return bytesResult(self, p, n);
}

function bytes_removeprefix(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return affixMethod(args, nargs, kwnames, "removeprefix", false);
}

function bytes_removesuffix(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return affixMethod(args, nargs, kwnames, "removesuffix", true);
}

// ── Splitting and joining ──────────────────────────────────────────────────────────────────

function partitionMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, reverse: bool): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  if (!methodOneArg(ownerName(self), name, nargs, kwnames)) return ERR;
  const sep = bytesLikeArg(argAt(args, 1));
  if (sep === null) return ERR;
  if (sep.length == 0) return raise(E.ValueError, "empty separator");
  const mutable = isMutable(self);
  const p = self.ptr;
  const n = self.length;
  const r = findBytes(p, 0, n, sep.ptr, sep.length, reverse);
  const t = new PyTuple(3);
  if (r < 0) {
    const whole = mutable ? fromObj(newBytesFrom(p, n, true)) : bytesResult(self, p, n);
    const empty = fromObj(newBytesFrom(p, 0, mutable));
    t.set(0, reverse ? empty : whole);
    t.set(1, reverse ? fromObj(newBytesFrom(p, 0, mutable)) : empty);
    t.set(2, reverse ? whole : fromObj(newBytesFrom(p, 0, mutable)));
    return fromObj(t);
  }
  t.set(0, fromObj(newBytesFrom(p, r, mutable)));
  t.set(1, mutable || sep.cls !== T.bytes ? fromObj(newBytesFrom(sep.ptr, sep.length, mutable)) : fromObj(sep));
  t.set(2, fromObj(newBytesFrom(p + <usize>(r + sep.length), n - r - sep.length, mutable)));
  return fromObj(t);
}

function bytes_partition(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return partitionMethod(args, nargs, kwnames, "partition", false);
}

function bytes_rpartition(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return partitionMethod(args, nargs, kwnames, "rpartition", true);
}

function addPiece(l: PyList, p: usize, from: i32, to: i32, mutable: bool): void {
  l.append(fromObj(newBytesFrom(p + <usize>from, to - from, mutable)));
}

function splitBytes(self: PyBytes, sep: PyBytes | null, maxsplit: i64, reverse: bool): PyList {
  const l = new PyList();
  const p = self.ptr;
  const n = self.length;
  const mutable = isMutable(self);
  let max = maxsplit < 0 ? i64.MAX_VALUE : maxsplit;
  if (sep === null) {
    if (!reverse) {
      let i = 0;
      while (max-- > 0) {
        while (i < n && isSpaceByte(byteAt(p, i))) i++;
        if (i == n) break;
        const j = i;
        while (i < n && !isSpaceByte(byteAt(p, i))) i++;
        addPiece(l, p, j, i, mutable);
      }
      if (i < n) {
        while (i < n && isSpaceByte(byteAt(p, i))) i++;
        if (i != n) addPiece(l, p, i, n, mutable);
      }
    } else {
      let i = n;
      while (max-- > 0) {
        while (i > 0 && isSpaceByte(byteAt(p, i - 1))) i--;
        if (i == 0) break;
        const j = i;
        while (i > 0 && !isSpaceByte(byteAt(p, i - 1))) i--;
        addPiece(l, p, i, j, mutable);
      }
      if (i > 0) {
        while (i > 0 && isSpaceByte(byteAt(p, i - 1))) i--;
        if (i > 0) addPiece(l, p, 0, i, mutable);
      }
      reverseList(l);
    }
    return l;
  }
  const m = sep.length;
  const finder = new Finder(sep.ptr, m, false, reverse);
  if (!reverse) {
    let i = 0;
    while (max-- > 0) {
      const r = finder.find(p, i, n);
      if (r < 0) break;
      addPiece(l, p, i, r, mutable);
      i = r + m;
    }
    addPiece(l, p, i, n, mutable);
  } else {
    let j = n;
    while (max-- > 0) {
      const r = finder.find(p, 0, j);
      if (r < 0) break;
      addPiece(l, p, r + m, j, mutable);
      j = r;
    }
    addPiece(l, p, 0, j, mutable);
    reverseList(l);
  }
  return l;
}

function splitMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, reverse: bool): Value {
  const self = selfBytes(args, nargs, name);
  if (self === null) return ERR;
  const a = new Args(2);
  if (!parseArgs(name, args + 8, nargs - 1, kwnames, SEP_MAXSPLIT_PARAMS, 0, 0, 2, a)) return ERR;
  let sep: PyBytes | null = null;
  if (a.has(0) && a.get(0) != NONE) {
    sep = bytesLikeArg(a.get(0));
    if (sep === null) return ERR;
    if (sep.length == 0) return raise(E.ValueError, "empty separator");
  }
  let maxsplit: i64 = -1;
  if (a.has(1)) {
    maxsplit = ssizeArg(a.get(1));
    if (maxsplit == ARG_ERROR) return ERR;
  }
  return fromObj(splitBytes(self, sep, maxsplit, reverse));
}

function bytes_split(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return splitMethod(args, nargs, kwnames, "split", false);
}

function bytes_rsplit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return splitMethod(args, nargs, kwnames, "rsplit", true);
}

function bytes_splitlines(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "splitlines");
  if (self === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("splitlines", args + 8, nargs - 1, kwnames, KEEPENDS_PARAMS, 0, 0, 1, a)) return ERR;
  let keepends = false;
  if (a.has(0)) {
    const t = isTrue(a.get(0));
    if (t < 0) return ERR;
    keepends = t > 0;
  }
  const p = self.ptr;
  const n = self.length;
  const mutable = isMutable(self);
  const l = new PyList();
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && byteAt(p, i) != 10 && byteAt(p, i) != 13) i++;
    let eol = i;
    if (i < n) {
      if (byteAt(p, i) == 13 && i + 1 < n && byteAt(p, i + 1) == 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    addPiece(l, p, j, eol, mutable);
  }
  return fromObj(l);
}

function bytes_join(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "join");
  if (self === null) return ERR;
  if (!methodOneArg(ownerName(self), "join", nargs, kwnames)) return ERR;
  const items = sequenceItems(argAt(args, 1), "can only join an iterable");
  if (items === null) return ERR;
  const n = items.length;
  let total: i64 = n > 0 ? <i64>self.length * (n - 1) : 0;
  for (let i = 0; i < n; i++) {
    const v = items.get(i);
    if (!isBytesValue(v)) {
      return typeError("sequence item " + i.toString() + ": expected a bytes-like object, " + typeName(v) + " found");
    }
    total += asBytes(v).length;
  }
  if (!reserveBytes(total)) return ERR;
  const b = new ByteBuilder(<i32>total);
  for (let i = 0; i < n; i++) {
    if (i > 0) b.bytes(self.ptr, self.length);
    const x = asBytes(items.get(i));
    b.bytes(x.ptr, x.length);
  }
  return fromObj(b.finish(isMutable(self)));
}

// ── Replace and translate ──────────────────────────────────────────────────────────────────

function bytes_replace(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "replace");
  if (self === null) return ERR;
  if (!methodPositional(ownerName(self), "replace", nargs, kwnames, 2, 3)) return ERR;
  const old = bytesLikeArg(argAt(args, 1));
  if (old === null) return ERR;
  const rep = bytesLikeArg(argAt(args, 2));
  if (rep === null) return ERR;
  let count: i64 = -1;
  if (nargs > 3) {
    count = ssizeArg(argAt(args, 3));
    if (count == ARG_ERROR) return ERR;
  }
  const max = count < 0 ? i64.MAX_VALUE : count;
  const p = self.ptr;
  const n = self.length;
  const m = old.length;
  if (max == 0) return bytesResult(self, p, n);
  const b = new ByteBuilder(n + 8);
  if (m == 0) {
    // insert rep before every byte and at the end, up to max times
    const times = max < <i64>n + 1 ? max : <i64>n + 1;
    if (!reserveBytes(<i64>n + times * rep.length)) return ERR;
    let i = 0;
    for (let k: i64 = 0; k < times; k++) {
      b.bytes(rep.ptr, rep.length);
      if (i < n) b.byte(byteAt(p, i++));
    }
    b.bytes(p + <usize>i, n - i);
    return fromObj(b.finish(isMutable(self)));
  }
  const found = countBytes(p, 0, n, old.ptr, m, max);
  if (found == 0) return bytesResult(self, p, n);
  if (!reserveBytes(<i64>n + found * (<i64>rep.length - m))) return ERR;
  const finder = new Finder(old.ptr, m, false, false);
  let i = 0;
  for (let k: i64 = 0; k < found; k++) {
    const r = finder.find(p, i, n);
    b.bytes(p + <usize>i, r - i);
    b.bytes(rep.ptr, rep.length);
    i = r + m;
  }
  b.bytes(p + <usize>i, n - i);
  return fromObj(b.finish(isMutable(self)));
}

const BYTES_TRANSLATE_PARAMS = ["table", "delete"];

function bytes_translate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "translate");
  if (self === null) return ERR;
  const nkw = kwnames !== null ? kwnames.length : 0;
  if (nargs - 1 - nkw < 1) return typeError("translate() takes at least 1 positional argument (" + (nargs - 1 - nkw).toString() + " given)");
  const a = new Args(2);
  if (!parseArgs("translate", args + 8, nargs - 1, kwnames, BYTES_TRANSLATE_PARAMS, 1, 1, 2, a)) return ERR;
  const tablev = a.get(0);
  let table: PyBytes | null = null;
  if (tablev != NONE) {
    table = bytesLikeArg(tablev);
    if (table === null) return ERR;
    if (table.length != 256) return raise(E.ValueError, "translation table must be 256 characters long");
  }
  let del: PyBytes | null = null;
  if (a.has(1)) {
    del = bytesLikeArg(a.get(1));
    if (del === null) return ERR;
  }
  const p = self.ptr;
  const b = new ByteBuilder(self.length);
  for (let i = 0; i < self.length; i++) {
    const c = byteAt(p, i);
    if (del !== null && inByteSet(del, c)) continue;
    b.byte(table !== null ? byteAt(table.ptr, <i32>c) : c);
  }
  const r = b.finish(isMutable(self));
  if (self.cls === T.bytes && r.length == self.length && memory.compare(r.ptr, p, <usize>r.length) == 0) return fromObj(self);
  return fromObj(r);
}

function bytes_maketrans(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("bytes.maketrans", kwnames) || !checkPositional("maketrans", nargs, 2, 2)) return ERR;
  const from = bytesLikeArg(argAt(args, 0));
  if (from === null) return ERR;
  const to = bytesLikeArg(argAt(args, 1));
  if (to === null) return ERR;
  if (from.length != to.length) return raise(E.ValueError, "maketrans arguments must have same length");
  const out = new StaticArray<u8>(256);
  for (let i = 0; i < 256; i++) unchecked((out[i] = <u8>i));
  for (let i = 0; i < from.length; i++) unchecked((out[byteAt(from.ptr, i)] = <u8>byteAt(to.ptr, i)));
  return fromObj(new PyBytes(out, 256, false));
}

// ── hex / fromhex / decode ─────────────────────────────────────────────────────────────────

const BYTES_HEX_PARAMS = ["sep", "bytes_per_sep"];

function bytes_hex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "hex");
  if (self === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("hex", args + 8, nargs - 1, kwnames, BYTES_HEX_PARAMS, 0, 0, 2, a)) return ERR;
  let sep: u32 = 0;
  if (a.has(0)) {
    const v = a.get(0);
    if (isStrValue(v)) {
      const s = asStr(v);
      if (s.length != 1) return raise(E.ValueError, "sep must be length 1.");
      sep = cpAt(s.s, 0);
    } else if (isBytesValue(v)) {
      if (asBytes(v).length != 1) return raise(E.ValueError, "sep must be length 1.");
      sep = byteAt(asBytes(v).ptr, 0);
    } else {
      return typeError("object of type '" + typeName(v) + "' has no len()");
    }
    if (sep >= 0x80) return raise(E.ValueError, "sep must be ASCII.");
  }
  let per: i64 = 1;
  if (a.has(1)) {
    per = intArg(a.get(1));
    if (per == ARG_ERROR) return ERR;
  }
  const n = self.length;
  const p = self.ptr;
  const b = new TextBuilder(n * 3 + 1);
  const group: i64 = per < 0 ? -per : per;
  for (let i = 0; i < n; i++) {
    // positive bytes_per_sep counts groups from the right, negative from the left
    if (sep != 0 && i > 0 && group > 0) {
      const boundary = per > 0 ? (<i64>(n - i)) % group == 0 : (<i64>i) % group == 0;
      if (boundary) b.unit(sep);
    }
    const x = byteAt(p, i);
    b.str(hex2(x));
  }
  return fromObj(newStr(b.toString()));
}

function hexValue(c: u32): i32 {
  if (c - 48 < 10) return <i32>(c - 48);
  if (c - 97 < 6) return <i32>(c - 87);
  if (c - 65 < 6) return <i32>(c - 55);
  return -1;
}

function bytes_fromhex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const clsv = argAt(args, 0);
  const cls = changetype<PyType>(objOf(clsv));
  if (!methodOneArg(cls.name, "fromhex", nargs, kwnames)) return ERR;
  const v = argAt(args, 1);
  if (!isStrValue(v)) return typeError("fromhex() argument must be str, not " + typeName(v));
  const s = asStr(v).s;
  const b = new ByteBuilder(s.length >> 1);
  let i = 0;
  const n = s.length;
  while (i < n) {
    let c = <u32>s.charCodeAt(i);
    if (c == 32 || c - 9 < 5) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) return raise(E.ValueError, "non-hexadecimal number found in fromhex() arg at position " + i.toString());
    i++;
    c = i < n ? <u32>s.charCodeAt(i) : 0;
    const lo = hexValue(c);
    if (lo < 0) return raise(E.ValueError, "non-hexadecimal number found in fromhex() arg at position " + i.toString());
    i++;
    b.byte(<u32>((hi << 4) | lo));
  }
  const base = cls.kind == Kind.BYTEARRAY;
  const result = fromObj(b.finish(base));
  if (cls === T.bytes || cls === T.bytearray) return result;
  return call1(clsv, result);
}

function bytes_decode(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfBytes(args, nargs, "decode");
  if (self === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("decode", args + 8, nargs - 1, kwnames, ENCODING_ERRORS_PARAMS, 0, 0, 2, a)) return ERR;
  let encoding = "utf-8";
  let errors = "strict";
  if (a.has(0)) {
    const v = a.get(0);
    if (!isStrValue(v)) return typeError("decode() argument 'encoding' must be str, not " + typeName(v));
    encoding = asStr(v).s;
  }
  if (a.has(1)) {
    const v = a.get(1);
    if (!isStrValue(v)) return typeError("decode() argument 'errors' must be str, not " + typeName(v));
    errors = asStr(v).s;
  }
  return decodeBytes(self.ptr, self.length, encoding, errors);
}

function bytes_getnewargs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkSelf(args, nargs, "bytes", "__getnewargs__", Kind.BYTES, Kind.BYTES)) return ERR;
  if (!methodNoArgs("bytes", "__getnewargs__", nargs, kwnames)) return ERR;
  const self = asBytes(argAt(args, 0));
  return newTuple1(fromObj(newBytesFrom(self.ptr, self.length, false)));
}

// ── bytearray mutation ─────────────────────────────────────────────────────────────────────

// A byte value argument: an int in range(256).
function byteValueArg(v: Value): i32 {
  const iv = index(v);
  if (iv == ERR) return -1;
  const x = intFitsI64(iv) ? intToI64(iv) : -1;
  if (x < 0 || x > 255) {
    raise(E.ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return <i32>x;
}

// Grows b's buffer to hold `need` bytes; false with MemoryError when that cannot be allocated.
function ensureCapacity(b: PyBytes, need: i64): bool {
  if (need <= b.data.length) return true;
  let cap: i64 = b.data.length < 8 ? 8 : <i64>b.data.length + (b.data.length >> 1);
  if (cap < need) cap = need;
  if (!reserveBytes(cap)) return false;
  const grown = new StaticArray<u8>(<i32>cap);
  memory.copy(changetype<usize>(grown), b.ptr, <usize>b.length);
  b.data = grown;
  return true;
}

// Replaces bytes [start, start + count) of b with n bytes at p (p may point into b itself).
function spliceBytes(b: PyBytes, start: i32, count: i32, p: usize, n: i32): bool {
  const src = newBytesFrom(p, n, false);
  const tail = b.length - start - count;
  if (!ensureCapacity(b, <i64>b.length - count + n)) return false;
  memory.copy(b.ptr + <usize>(start + n), b.ptr + <usize>(start + count), <usize>tail);
  memory.copy(b.ptr + <usize>start, src.ptr, <usize>n);
  b.length = b.length - count + n;
  return true;
}

// ba += x and ba *= n in place (sq_inplace_concat / sq_inplace_repeat): x any bytes-like
// object, n an int. NOTIMPL for other operands, so that their reflected method gets its turn
// before the operator's TypeError.
export function bytearrayInplace(b: PyBytes, self: Value, other: Value, kind: i32): Value {
  if (kind == BinOp.ADD) {
    if (!isBytesValue(other)) return NOTIMPL;
    const x = asBytes(other);
    return spliceBytes(b, b.length, 0, x.ptr, x.length) ? self : ERR;
  }
  if (kind == BinOp.MULTIPLY && isIntValue(other)) {
    const count = repeatCount(other);
    if (count < 0) return ERR;
    const n = b.length;
    const total = <i64>n * count;
    if (<f64>n * <f64>count > 4e8) return raise(E.MemoryError, "");
    if (!ensureCapacity(b, total)) return ERR;
    for (let k: i64 = 1; k < count; k++) memory.copy(b.ptr + <usize>(k * n), b.ptr, <usize>n);
    b.length = <i32>total;
    return self;
  }
  return NOTIMPL;
}

function bytearray_append(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "append");
  if (self === null) return ERR;
  if (!methodOneArg("bytearray", "append", nargs, kwnames)) return ERR;
  const x = byteValueArg(argAt(args, 1));
  if (x < 0) return ERR;
  if (!ensureCapacity(self, <i64>self.length + 1)) return ERR;
  unchecked((self.data[self.length++] = <u8>x));
  return NONE;
}

/**
 * The bytes an iterable of ints (or a bytes-like object) supplies, for extend and slice
 * assignment; a non-iterable raises TypeError(notIterable, followed by its type name when
 * withType).
 */
function bytesOfIterable(v: Value, notIterable: string, withType: bool): PyBytes | null {
  if (isBytesValue(v)) return asBytes(v);
  const it = getIter(v);
  if (it == ERR) {
    if (errorMatches(E.TypeError)) {
      clearError();
      typeError(withType ? notIterable + typeName(v) : notIterable);
    }
    return null;
  }
  const b = new ByteBuilder();
  while (true) {
    const x = iterNext(it);
    if (x == ERR) return null;
    if (x == NULL) break;
    const c = byteValueArg(x);
    if (c < 0) return null;
    b.byte(<u32>c);
  }
  return b.finish(false);
}

function bytearray_extend(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "extend");
  if (self === null) return ERR;
  if (!methodOneArg("bytearray", "extend", nargs, kwnames)) return ERR;
  const src = bytesOfIterable(argAt(args, 1), "can't extend bytearray with ", true);
  if (src === null) return ERR;
  if (!spliceBytes(self, self.length, 0, src.ptr, src.length)) return ERR;
  return NONE;
}

function bytearray_insert(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "insert");
  if (self === null) return ERR;
  if (!methodPositional("bytearray", "insert", nargs, kwnames, 2, 2)) return ERR;
  let i = ssizeArg(argAt(args, 1));
  if (i == ARG_ERROR) return ERR;
  const x = byteValueArg(argAt(args, 2));
  if (x < 0) return ERR;
  const n = <i64>self.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  const one = new StaticArray<u8>(1);
  unchecked((one[0] = <u8>x));
  if (!spliceBytes(self, <i32>i, 0, changetype<usize>(one), 1)) return ERR;
  return NONE;
}

function bytearray_pop(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "pop");
  if (self === null) return ERR;
  if (!methodPositional("bytearray", "pop", nargs, kwnames, 0, 1)) return ERR;
  let i: i64 = -1;
  if (nargs > 1) {
    i = ssizeArg(argAt(args, 1));
    if (i == ARG_ERROR) return ERR;
  }
  const n = <i64>self.length;
  if (n == 0) return raise(E.IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(E.IndexError, "pop index out of range");
  const x = byteAt(self.ptr, <i32>i);
  spliceBytes(self, <i32>i, 1, 0, 0);
  return fromSmall(x);
}

function bytearray_remove(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "remove");
  if (self === null) return ERR;
  if (!methodOneArg("bytearray", "remove", nargs, kwnames)) return ERR;
  const x = byteValueArg(argAt(args, 1));
  if (x < 0) return ERR;
  for (let i = 0; i < self.length; i++) {
    if (byteAt(self.ptr, i) == <u32>x) {
      spliceBytes(self, i, 1, 0, 0);
      return NONE;
    }
  }
  return raise(E.ValueError, "value not found in bytearray");
}

function bytearray_reverse(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "reverse");
  if (self === null) return ERR;
  if (!methodNoArgs("bytearray", "reverse", nargs, kwnames)) return ERR;
  const p = self.ptr;
  for (let i = 0, j = self.length - 1; i < j; i++, j--) {
    const t = load<u8>(p + <usize>i);
    store<u8>(p + <usize>i, load<u8>(p + <usize>j));
    store<u8>(p + <usize>j, t);
  }
  return NONE;
}

function bytearray_clear(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "clear");
  if (self === null) return ERR;
  if (!methodNoArgs("bytearray", "clear", nargs, kwnames)) return ERR;
  self.length = 0;
  return NONE;
}

function bytearray_copy(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfByteArray(args, nargs, "copy");
  if (self === null) return ERR;
  if (!methodNoArgs("bytearray", "copy", nargs, kwnames)) return ERR;
  return fromObj(newBytesFrom(self.ptr, self.length, true));
}

/**
 * bytearray[slice] = value (bytes-like, or an iterable of ints): 0, or -1 with an exception.
 * For runtime/subscript.ts, whose setItem handles integer indexes itself.
 */
export function bytearraySetSlice(b: PyBytes, sl: PySlice, value: Value): i32 {
  const message = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
  if (isStrValue(value) || isIntValue(value)) {
    typeError(message);
    return -1;
  }
  const src = bytesOfIterable(value, message, false);
  if (src === null) return -1;
  const sb = new SliceBounds();
  if (sliceIndices(sl, b.length, sb) < 0) return -1;
  if (sb.step == 1) {
    let stop = sb.stop;
    if (stop < sb.start) stop = sb.start;
    return spliceBytes(b, <i32>sb.start, <i32>(stop - sb.start), src.ptr, src.length) ? 0 : -1;
  }
  if (<i64>src.length != sb.length) {
    raise(E.ValueError, "attempt to assign bytes of size " + src.length.toString() + " to extended slice of size " + sb.length.toString());
    return -1;
  }
  const copy = newBytesFrom(src.ptr, src.length, false);
  let p = sb.start;
  for (let k = 0; k < <i32>sb.length; k++, p += sb.step) store<u8>(b.ptr + <usize>p, load<u8>(copy.ptr + <usize>k));
  return 0;
}

/** del bytearray[slice]: 0, or -1 with an exception (for runtime/subscript.ts). */
export function bytearrayDelSlice(b: PyBytes, sl: PySlice): i32 {
  const sb = new SliceBounds();
  if (sliceIndices(sl, b.length, sb) < 0) return -1;
  if (sb.length <= 0) return 0;
  if (sb.step == 1) {
    spliceBytes(b, <i32>sb.start, <i32>sb.length, 0, 0);
    return 0;
  }
  // compact the kept bytes in place, walking the slice in increasing index order
  let lo = sb.start;
  let step = sb.step;
  if (step < 0) {
    lo = sb.start + (sb.length - 1) * step;
    step = -step;
  }
  const p = b.ptr;
  let w = <i32>lo;
  let nextDel = lo;
  let deleted: i64 = 0;
  for (let r = <i32>lo; r < b.length; r++) {
    if (deleted < sb.length && <i64>r == nextDel) {
      deleted++;
      nextDel += step;
      continue;
    }
    store<u8>(p + <usize>w, load<u8>(p + <usize>r));
    w++;
  }
  b.length = w;
  return 0;
}

/** del bytearray[i]: 0, or -1 with an exception (for runtime/subscript.ts). */
export function bytearrayDelIndex(b: PyBytes, i: i64): i32 {
  let k = i;
  if (k < 0) k += b.length;
  if (k < 0 || k >= b.length) {
    raise(E.IndexError, "bytearray index out of range");
    return -1;
  }
  spliceBytes(b, <i32>k, 1, 0, 0);
  return 0;
}

// ---- slot wrappers (methods/slots.ts) ----

function bytes_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.bytes, a, n, k); }
function bytes_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.bytes, a, n, k); }
function bytes_contains(a: usize, n: i32, k: PyTuple | null): Value { return slotContains(T.bytes, a, n, k); }
function bytes_getitem(a: usize, n: i32, k: PyTuple | null): Value { return slotGetItem(T.bytes, a, n, k); }
function bytes_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.bytes, a, n, k); }
function bytes_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bytes, BinOp.ADD, false, a, n, k); }
function bytes_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.bytes, "__mul__", false, a, n, k); }
function bytes_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.bytes, "__rmul__", false, a, n, k); }
function bytes_mod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bytes, BinOp.REMAINDER, false, a, n, k); }
function bytes_rmod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bytes, BinOp.REMAINDER, true, a, n, k); }
function bytes_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.bytes, a, n, k); }
function bytes_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytes, CmpOp.LT, a, n, k); }
function bytes_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytes, CmpOp.LE, a, n, k); }
function bytes_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytes, CmpOp.EQ, a, n, k); }
function bytes_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytes, CmpOp.NE, a, n, k); }
function bytes_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytes, CmpOp.GT, a, n, k); }
function bytes_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytes, CmpOp.GE, a, n, k); }

function bytearray_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.bytearray, a, n, k); }
function bytearray_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.bytearray, a, n, k); }
function bytearray_contains(a: usize, n: i32, k: PyTuple | null): Value { return slotContains(T.bytearray, a, n, k); }
function bytearray_getitem(a: usize, n: i32, k: PyTuple | null): Value { return slotGetItem(T.bytearray, a, n, k); }
function bytearray_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.bytearray, a, n, k); }
function bytearray_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bytearray, BinOp.ADD, false, a, n, k); }
function bytearray_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.bytearray, "__mul__", false, a, n, k); }
function bytearray_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.bytearray, "__rmul__", false, a, n, k); }
function bytearray_mod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bytearray, BinOp.REMAINDER, false, a, n, k); }
function bytearray_rmod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.bytearray, BinOp.REMAINDER, true, a, n, k); }
function bytearray_setitem(a: usize, n: i32, k: PyTuple | null): Value { return slotSetItem(T.bytearray, a, n, k); }
function bytearray_delitem(a: usize, n: i32, k: PyTuple | null): Value { return slotDelItem(T.bytearray, a, n, k); }
function bytearray_iadd(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.bytearray, BinOp.ADD, a, n, k); }
function bytearray_imul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.bytearray, "__imul__", true, a, n, k); }
function bytearray_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytearray, CmpOp.LT, a, n, k); }
function bytearray_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytearray, CmpOp.LE, a, n, k); }
function bytearray_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytearray, CmpOp.EQ, a, n, k); }
function bytearray_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytearray, CmpOp.NE, a, n, k); }
function bytearray_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytearray, CmpOp.GT, a, n, k); }
function bytearray_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.bytearray, CmpOp.GE, a, n, k); }

// Registers a method on both bytes and bytearray.
function defBoth(name: string, fn: (args: usize, nargs: i32, kwnames: PyTuple | null) => Value): void {
  defMethod(T.bytes, name, fn);
  defMethod(T.bytearray, name, fn);
}

export function initBytesMethods(): void {
  defBoth("upper", bytes_upper);
  defBoth("lower", bytes_lower);
  defBoth("swapcase", bytes_swapcase);
  defBoth("title", bytes_title);
  defBoth("capitalize", bytes_capitalize);
  defBoth("isalnum", bytes_isalnum);
  defBoth("isalpha", bytes_isalpha);
  defBoth("isdigit", bytes_isdigit);
  defBoth("isspace", bytes_isspace);
  defBoth("isascii", bytes_isascii);
  defBoth("islower", bytes_islower);
  defBoth("isupper", bytes_isupper);
  defBoth("istitle", bytes_istitle);
  defBoth("find", bytes_find);
  defBoth("rfind", bytes_rfind);
  defBoth("index", bytes_index);
  defBoth("rindex", bytes_rindex);
  defBoth("count", bytes_count);
  defBoth("startswith", bytes_startswith);
  defBoth("endswith", bytes_endswith);
  defBoth("center", bytes_center);
  defBoth("ljust", bytes_ljust);
  defBoth("rjust", bytes_rjust);
  defBoth("zfill", bytes_zfill);
  defBoth("expandtabs", bytes_expandtabs);
  defBoth("strip", bytes_strip);
  defBoth("lstrip", bytes_lstrip);
  defBoth("rstrip", bytes_rstrip);
  defBoth("removeprefix", bytes_removeprefix);
  defBoth("removesuffix", bytes_removesuffix);
  defBoth("partition", bytes_partition);
  defBoth("rpartition", bytes_rpartition);
  defBoth("split", bytes_split);
  defBoth("rsplit", bytes_rsplit);
  defBoth("splitlines", bytes_splitlines);
  defBoth("join", bytes_join);
  defBoth("replace", bytes_replace);
  defBoth("translate", bytes_translate);
  defBoth("hex", bytes_hex);
  defBoth("decode", bytes_decode);
  defStatic(T.bytes, "maketrans", bytes_maketrans);
  defStatic(T.bytearray, "maketrans", bytes_maketrans);
  defClassMethod(T.bytes, "fromhex", bytes_fromhex);
  defClassMethod(T.bytearray, "fromhex", bytes_fromhex);
  defMethod(T.bytes, "__getnewargs__", bytes_getnewargs);
  defMethod(T.bytes, "__len__", bytes_len);
  defMethod(T.bytes, "__repr__", bytes_repr);
  defMethod(T.bytes, "__contains__", bytes_contains);
  defMethod(T.bytes, "__getitem__", bytes_getitem);
  defMethod(T.bytes, "__iter__", bytes_iter);
  defMethod(T.bytes, "__add__", bytes_add);
  defMethod(T.bytes, "__mul__", bytes_mul);
  defMethod(T.bytes, "__rmul__", bytes_rmul);
  defMethod(T.bytes, "__mod__", bytes_mod);
  defMethod(T.bytes, "__rmod__", bytes_rmod);
  defMethod(T.bytes, "__hash__", bytes_hash);
  defMethod(T.bytes, "__lt__", bytes_lt);
  defMethod(T.bytes, "__le__", bytes_le);
  defMethod(T.bytes, "__eq__", bytes_eq);
  defMethod(T.bytes, "__ne__", bytes_ne);
  defMethod(T.bytes, "__gt__", bytes_gt);
  defMethod(T.bytes, "__ge__", bytes_ge);
  const ba = T.bytearray;
  defMethod(ba, "append", bytearray_append);
  defMethod(ba, "extend", bytearray_extend);
  defMethod(ba, "insert", bytearray_insert);
  defMethod(ba, "pop", bytearray_pop);
  defMethod(ba, "remove", bytearray_remove);
  defMethod(ba, "reverse", bytearray_reverse);
  defMethod(ba, "clear", bytearray_clear);
  defMethod(ba, "copy", bytearray_copy);
  defMethod(ba, "__len__", bytearray_len);
  defMethod(ba, "__repr__", bytearray_repr);
  defMethod(ba, "__contains__", bytearray_contains);
  defMethod(ba, "__getitem__", bytearray_getitem);
  defMethod(ba, "__iter__", bytearray_iter);
  defMethod(ba, "__add__", bytearray_add);
  defMethod(ba, "__mul__", bytearray_mul);
  defMethod(ba, "__rmul__", bytearray_rmul);
  defMethod(ba, "__mod__", bytearray_mod);
  defMethod(ba, "__rmod__", bytearray_rmod);
  defMethod(ba, "__setitem__", bytearray_setitem);
  defMethod(ba, "__delitem__", bytearray_delitem);
  defMethod(ba, "__iadd__", bytearray_iadd);
  defMethod(ba, "__imul__", bytearray_imul);
  defMethod(ba, "__lt__", bytearray_lt);
  defMethod(ba, "__le__", bytearray_le);
  defMethod(ba, "__eq__", bytearray_eq);
  defMethod(ba, "__ne__", bytearray_ne);
  defMethod(ba, "__gt__", bytearray_gt);
  defMethod(ba, "__ge__", bytearray_ge);
  defAttr(ba, "__hash__", NONE);
}
