// Methods of the builtin str type, registered into its type dict at start-up, and the helpers
// the bytes methods and '%' formatting share with them (argument checks in CPython's wording,
// slice-index arguments, a UTF-16 text builder, Unicode character properties).
//
// Invariants:
// - A PyStr's text is UTF-16; Python indexes it by code point. Indexes that Python sees
//   (find results, start/end arguments, widths) are code-point indexes, converted to UTF-16
//   unit indexes only for strings with astral characters (PyStr.isAstral()).
// - Character properties and case mappings come from unicodedb.gen.ts, generated from
//   CPython 3.12.1 itself, so classification and case conversion match it for all of Unicode.
// - Each native method receives self as args[0] (also when called as str.method(obj)), checks
//   it with selfStr, then its arguments in the order and with the messages of CPython's
//   Objects/unicodeobject.c (Argument Clinic, METH_O, METH_NOARGS or PyArg_ParseTuple).
// - Results equal to an exact-str self are self (CPython returns the same object too).
import { Value, NULL, NONE, ERR, TRUE, FALSE, isPtr, objOf, fromObj, fromBool, isSmallInt, smallOf } from "../../objects/value";
import { T, Kind, typeOf } from "../../objects/type";
import { PyStr, newStr, emptyString, intern } from "../../objects/str";
import { PyTuple, PyList, tupleFromMemory, newTuple1 } from "../../objects/tuple";
import { PyDict } from "../../objects/dict";
import { E } from "../../objects/exceptions";
import { isIntValue, intFitsI64, intToI64, intSign, intFromI64 } from "../../objects/int";
import { defMethod, defStatic } from "../../objects/typeinit";
import { raise, raiseWith, typeError, typeName, errorMatches, clearError } from "../errors";
import { noKeywords, checkPositional, parseArgs, Args, methodNoArgs, methodOneArg, methodPositional, methodVarargs, SEP_MAXSPLIT_PARAMS, KEEPENDS_PARAMS, TABSIZE_PARAMS, ENCODING_ERRORS_PARAMS } from "../args";
import { getAttr, getItem, getIter, index, isTrue, repr, str } from "../abstract";
import { extendFromIterator } from "../collections";
import { formatValue } from "../format";
import { reserveMemory, memoryCheckpoint } from "../gc";
import { asciiOf } from "../repr";
import { N } from "../names";
import { unicodeDecimalValue } from "../../objects/floatfmt";
import { encodeStr } from "./bytes";
import {
  slotArgs, slotLen, slotContains, slotGetItem, slotIter, slotBinary, slotRepeat, slotHash, slotCompare, slotRepr,
} from "./slots";
import { BinOp, CmpOp } from "../../common/operators";
import {
  ucdRecord, UCD_FLAGS, UCD_UPPER, UCD_LOWER, UCD_TITLE, UCD_FOLD, UCD_EXT, CHAR_EXTENDED,
  CHAR_ALPHA, CHAR_DECIMAL, CHAR_DIGIT, CHAR_NUMERIC, CHAR_SPACE, CHAR_LOWER, CHAR_UPPER, CHAR_TITLE,
  CHAR_CASED, CHAR_CASE_IGNORABLE, CHAR_PRINTABLE, CHAR_XID_START, CHAR_XID_CONTINUE, CHAR_LINEBREAK,
} from "./unicodedb.gen";

// ── Unicode character database ─────────────────────────────────────────────────────────────

/** The CHAR_* property bits of code point cp. */
// @ts-ignore: decorator
@inline export function charFlags(cp: u32): u32 {
  return <u32>load<u16>(UCD_FLAGS + (<usize>ucdRecord(cp) << 1));
}

export function isSpaceCp(cp: u32): bool {
  return (charFlags(cp) & CHAR_SPACE) != 0;
}

export function isLinebreakCp(cp: u32): bool {
  return (charFlags(cp) & CHAR_LINEBREAK) != 0;
}

export function isPrintableCp(cp: u32): bool {
  return (charFlags(cp) & CHAR_PRINTABLE) != 0;
}

// Appends the full mapping of cp from one of UCD_UPPER / UCD_LOWER / UCD_TITLE / UCD_FOLD.
function appendMapping(b: TextBuilder, cp: u32, table: usize): void {
  const rec = <usize>ucdRecord(cp);
  const m = load<i32>(table + (rec << 2));
  if ((<u32>load<u16>(UCD_FLAGS + (rec << 1)) & CHAR_EXTENDED) == 0) {
    b.cp(<u32>(<i32>cp + m));
    return;
  }
  const start = <usize>(m & 0xffffff);
  const n = <usize>(<u32>m >>> 24);
  for (let k: usize = 0; k < n; k++) b.cp(load<u32>(UCD_EXT + ((start + k) << 2)));
}

// ── Code points in UTF-16 text ─────────────────────────────────────────────────────────────

// @ts-ignore: decorator
@inline function unitAt(s: string, i: i32): u32 {
  return <u32>load<u16>(changetype<usize>(s) + (<usize>i << 1));
}

/** The code point starting at unit i (i < s.length); a lone surrogate is its own code point. */
// @ts-ignore: decorator
@inline export function cpAt(s: string, i: i32): u32 {
  const c = unitAt(s, i);
  if ((c & 0xfc00) == 0xd800 && i + 1 < s.length) {
    const d = unitAt(s, i + 1);
    if ((d & 0xfc00) == 0xdc00) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/** The code point ending just before unit i (i > 0). */
function cpBefore(s: string, i: i32): u32 {
  const d = unitAt(s, i - 1);
  if ((d & 0xfc00) == 0xdc00 && i >= 2) {
    const c = unitAt(s, i - 2);
    if ((c & 0xfc00) == 0xd800) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return d;
}

// @ts-ignore: decorator
@inline function unitsOf(cp: u32): i32 {
  return cp >= 0x10000 ? 2 : 1;
}

/** Code-point index of UTF-16 unit index u (u at a code point boundary). */
export function cpIndexOfUnit(o: PyStr, u: i32): i32 {
  if (!o.isAstral()) return u;
  o.unitIndex(0);
  const starts = o.cpStarts!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (unchecked(starts[mid]) <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The code points of s. */
export function codePoints(s: string): StaticArray<u32> {
  let n = 0;
  for (let i = 0; i < s.length; i += unitsOf(cpAt(s, i))) n++;
  const out = new StaticArray<u32>(n);
  let k = 0;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    unchecked((out[k++] = c));
    i += unitsOf(c);
  }
  return out;
}

// ── Text builder ───────────────────────────────────────────────────────────────────────────

/** Accumulates UTF-16 text in a growable buffer (string += in a loop would be quadratic). */
export class TextBuilder {
  buf: StaticArray<u16>;
  len: i32 = 0;

  constructor(capacity: i32 = 16) {
    this.buf = new StaticArray<u16>(capacity < 8 ? 8 : capacity);
  }

  reserve(extra: i32): void {
    const need = this.len + extra;
    if (need <= this.buf.length) return;
    let cap = this.buf.length << 1;
    if (cap < need) cap = need;
    const grown = new StaticArray<u16>(cap);
    memory.copy(changetype<usize>(grown), changetype<usize>(this.buf), <usize>this.len << 1);
    this.buf = grown;
  }

  unit(u: u32): void {
    if (this.len == this.buf.length) this.reserve(1);
    unchecked((this.buf[this.len++] = <u16>u));
  }

  cp(c: u32): void {
    if (c >= 0x10000) {
      this.reserve(2);
      const v = c - 0x10000;
      unchecked((this.buf[this.len++] = <u16>(0xd800 + (v >> 10))));
      unchecked((this.buf[this.len++] = <u16>(0xdc00 + (v & 0x3ff))));
    } else {
      this.unit(c);
    }
  }

  repeat(c: u32, n: i64): void {
    if (n <= 0) return;
    this.reserve(<i32>(c >= 0x10000 ? n << 1 : n));
    for (let i: i64 = 0; i < n; i++) this.cp(c);
  }

  str(s: string): void {
    this.range(s, 0, s.length);
  }

  range(s: string, from: i32, to: i32): void {
    if (to <= from) return;
    this.reserve(to - from);
    memory.copy(
      changetype<usize>(this.buf) + (<usize>this.len << 1),
      changetype<usize>(s) + (<usize>from << 1),
      <usize>(to - from) << 1,
    );
    this.len += to - from;
  }

  toString(): string {
    return String.UTF16.decodeUnsafe(changetype<usize>(this.buf), <usize>this.len << 1);
  }
}

// ── Arguments ──────────────────────────────────────────────────────────────────────────────

// @ts-ignore: decorator
@inline export function argAt(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

export function isStrValue(v: Value): bool {
  return isPtr(v) && typeOf(v).kind == Kind.STR;
}

// @ts-ignore: decorator
@inline export function asStr(v: Value): PyStr {
  return changetype<PyStr>(objOf(v));
}

/**
 * self of a method of type `owner`, checked as CPython's method descriptors do ("descriptor
 * 'upper' for 'str' objects doesn't apply to a 'int' object"). kind1/kind2: accepted kinds.
 */
export function checkSelf(args: usize, nargs: i32, owner: string, name: string, kind1: Kind, kind2: Kind): bool {
  if (nargs < 1) {
    typeError("unbound method " + owner + "." + name + "() needs an argument");
    return false;
  }
  const v = argAt(args, 0);
  const k = isPtr(v) ? typeOf(v).kind : Kind.OBJECT;
  if (k != kind1 && k != kind2) {
    typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + typeName(v) + "' object");
    return false;
  }
  return true;
}

function selfStr(args: usize, nargs: i32, name: string): PyStr | null {
  if (!checkSelf(args, nargs, "str", name, Kind.STR, Kind.STR)) return null;
  return asStr(argAt(args, 0));
}

/** i64.MIN: the error sentinel of the integer argument converters below. */
export const ARG_ERROR: i64 = i64.MIN_VALUE;

/** A Py_ssize_t argument ("n" converter): __index__, OverflowError past 64 bits. */
export function ssizeArg(v: Value): i64 {
  const iv = index(v);
  if (iv == ERR) return ARG_ERROR;
  if (!intFitsI64(iv)) {
    raise(E.OverflowError, "Python int too large to convert to C ssize_t");
    return ARG_ERROR;
  }
  const n = intToI64(iv);
  return n == ARG_ERROR ? ARG_ERROR + 1 : n;
}

/** A C int argument ("i" converter). */
export function intArg(v: Value): i64 {
  const iv = index(v);
  if (iv == ERR) return ARG_ERROR;
  if (!intFitsI64(iv) || intToI64(iv) > i32.MAX_VALUE || intToI64(iv) < i32.MIN_VALUE) {
    raise(E.OverflowError, "Python int too large to convert to C int");
    return ARG_ERROR;
  }
  return intToI64(iv);
}

/**
 * A start/end argument (_PyEval_SliceIndex): None means `dflt`, ints beyond 64 bits clamp,
 * anything without __index__ is a TypeError.
 */
export function sliceIndexArg(v: Value, dflt: i64): i64 {
  if (v == NULL || v == NONE) return dflt;
  if (isSmallInt(v)) return smallOf(v);
  if (!isIntValue(v) && typeOf(v).lookup(N.__index__) == NULL) {
    typeError("slice indices must be integers or None or have an __index__ method");
    return ARG_ERROR;
  }
  const iv = index(v);
  if (iv == ERR) return ARG_ERROR;
  if (!intFitsI64(iv)) return intSign(iv) < 0 ? ARG_ERROR + 1 : i64.MAX_VALUE;
  const n = intToI64(iv);
  return n == ARG_ERROR ? ARG_ERROR + 1 : n;
}

/** Start/end clamped to [0, len] as CPython's ADJUST_INDICES (start may exceed end). */
export class Span {
  start: i64 = 0;
  end: i64 = 0;
}

export function adjustIndices(sp: Span, len: i64): void {
  let start = sp.start;
  let end = sp.end;
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  sp.start = start;
  sp.end = end;
}

/** Reads optional start (args[i]) and end (args[i+1]) into sp, adjusted to len. */
export function readSpan(args: usize, nargs: i32, i: i32, len: i64, sp: Span): bool {
  sp.start = 0;
  sp.end = i64.MAX_VALUE;
  if (nargs > i) {
    sp.start = sliceIndexArg(argAt(args, i), 0);
    if (sp.start == ARG_ERROR) return false;
  }
  if (nargs > i + 1) {
    sp.end = sliceIndexArg(argAt(args, i + 1), i64.MAX_VALUE);
    if (sp.end == ARG_ERROR) return false;
  }
  adjustIndices(sp, len);
  return true;
}

/** A Python str from text; self itself when the text is self's and self is an exact str. */
function strResult(self: PyStr, s: string): Value {
  if (self.cls === T.str && s == self.s) return fromObj(self);
  return fromObj(newStr(s));
}

function selfOrCopy(self: PyStr): Value {
  return self.cls === T.str ? fromObj(self) : fromObj(newStr(self.s));
}

/**
 * Before building a result of n UTF-16 units: false with MemoryError when it cannot fit the
 * host's memory limit (or an AS string), instead of trapping on a failed allocation.
 */
export function reserveUnits(n: i64): bool {
  if (n > (<i64>i32.MAX_VALUE >> 1)) {
    raise(E.MemoryError, "");
    return false;
  }
  return reserveMemory(<f64>n * 2);
}

// ── Case conversion ────────────────────────────────────────────────────────────────────────

const CAPITAL_SIGMA: u32 = 0x3a3;

// Final sigma (CPython's handle_capital_sigma): Σ at unit i lowers to ς when a cased letter
// precedes it and none follows, skipping case-ignorable characters both ways.
function lowerSigma(s: string, i: i32): u32 {
  let j = i;
  let c: u32 = 0;
  let found = false;
  while (j > 0) {
    c = cpBefore(s, j);
    j -= unitsOf(c);
    if ((charFlags(c) & CHAR_CASE_IGNORABLE) == 0) {
      found = true;
      break;
    }
  }
  let finalSigma = found && (charFlags(c) & CHAR_CASED) != 0;
  if (finalSigma) {
    let k = i + 1;
    let next = false;
    while (k < s.length) {
      c = cpAt(s, k);
      k += unitsOf(c);
      if ((charFlags(c) & CHAR_CASE_IGNORABLE) == 0) {
        next = true;
        break;
      }
    }
    finalSigma = !next || (charFlags(c) & CHAR_CASED) == 0;
  }
  return finalSigma ? 0x3c2 : 0x3c3;
}

// lower_ucs4: the full lowercase mapping with the final-sigma rule.
function appendLower(b: TextBuilder, s: string, i: i32, c: u32): void {
  if (c == CAPITAL_SIGMA) b.unit(lowerSigma(s, i));
  else appendMapping(b, c, UCD_LOWER);
}

const CASE_UPPER = 0;
const CASE_LOWER = 1;
const CASE_CASEFOLD = 2;
const CASE_TITLE = 3;
const CASE_CAPITALIZE = 4;
const CASE_SWAP = 5;

function convertCase(s: string, mode: i32): string {
  const n = s.length;
  const b = new TextBuilder(n + (n >> 3) + 4);
  let previousCased = false;
  for (let i = 0; i < n; ) {
    const c = cpAt(s, i);
    if (c < 0x80 && mode <= CASE_CASEFOLD) {
      // ASCII fast path for the context-free conversions
      if (mode == CASE_UPPER) b.unit(c - 97 < 26 ? c - 32 : c);
      else b.unit(c - 65 < 26 ? c + 32 : c);
      i++;
      continue;
    }
    switch (mode) {
      case CASE_UPPER:
        appendMapping(b, c, UCD_UPPER);
        break;
      case CASE_LOWER:
        appendLower(b, s, i, c);
        break;
      case CASE_CASEFOLD:
        appendMapping(b, c, UCD_FOLD);
        break;
      case CASE_TITLE: {
        if (previousCased) appendLower(b, s, i, c);
        else appendMapping(b, c, UCD_TITLE);
        previousCased = (charFlags(c) & CHAR_CASED) != 0;
        break;
      }
      case CASE_CAPITALIZE:
        if (i == 0) appendMapping(b, c, UCD_TITLE);
        else appendLower(b, s, i, c);
        break;
      default: {
        const f = charFlags(c);
        if (f & CHAR_UPPER) appendLower(b, s, i, c);
        else if (f & CHAR_LOWER) appendMapping(b, c, UCD_UPPER);
        else b.cp(c);
      }
    }
    i += unitsOf(c);
  }
  return b.toString();
}

// upper/lower/casefold of an ASCII string: one pass into a string of the same length (no
// builder, no code-point decoding).
function asciiCase(s: string, upper: bool): string {
  const n = s.length;
  const out = changetype<string>(__new(<usize>n << 1, idof<string>()));
  const src = changetype<usize>(s);
  const dst = changetype<usize>(out);
  const first: u32 = upper ? 97 : 65;
  const shift: u32 = upper ? -32 : 32;
  for (let i = 0; i < n; i++) {
    const c = <u32>load<u16>(src + (<usize>i << 1));
    store<u16>(dst + (<usize>i << 1), <u16>(c - first < 26 ? c + shift : c));
  }
  return out;
}

function caseMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, mode: i32): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodNoArgs("str", name, nargs, kwnames)) return ERR;
  if (mode <= CASE_CASEFOLD && self.isAscii()) return strResult(self, asciiCase(self.s, mode == CASE_UPPER));
  return strResult(self, convertCase(self.s, mode));
}

function str_upper(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "upper", CASE_UPPER);
}

function str_lower(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "lower", CASE_LOWER);
}

function str_casefold(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "casefold", CASE_CASEFOLD);
}

function str_title(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "title", CASE_TITLE);
}

function str_capitalize(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "capitalize", CASE_CAPITALIZE);
}

function str_swapcase(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return caseMethod(args, nargs, kwnames, "swapcase", CASE_SWAP);
}

// ── Predicates ─────────────────────────────────────────────────────────────────────────────

const PRED_ALPHA = 0;
const PRED_ALNUM = 1;
const PRED_DECIMAL = 2;
const PRED_DIGIT = 3;
const PRED_NUMERIC = 4;
const PRED_SPACE = 5;
const PRED_PRINTABLE = 6;
const PRED_LOWER = 7;
const PRED_UPPER = 8;
const PRED_TITLE = 9;
const PRED_IDENTIFIER = 10;
const PRED_ASCII = 11;

// Every character has the property; empty strings are False except for isprintable.
function allHave(s: string, mask: u32): bool {
  if (s.length == 0) return false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    if ((charFlags(c) & mask) == 0) return false;
    i += unitsOf(c);
  }
  return true;
}

// islower / isupper: no character of the other case or titlecase, and at least one cased.
function caseIs(s: string, want: u32, reject: u32): bool {
  let cased = false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    const f = charFlags(c);
    if (f & reject) return false;
    if (f & want) cased = true;
    i += unitsOf(c);
  }
  return cased;
}

// istitle: uppercase/titlecase only at the start of a cased run, lowercase only inside one.
function isTitleText(s: string): bool {
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    const f = charFlags(c);
    if (f & (CHAR_UPPER | CHAR_TITLE)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (f & CHAR_LOWER) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
    i += unitsOf(c);
  }
  return cased;
}

function isIdentifierText(s: string): bool {
  if (s.length == 0) return false;
  const first = cpAt(s, 0);
  if ((charFlags(first) & CHAR_XID_START) == 0) return false;
  for (let i = unitsOf(first); i < s.length; ) {
    const c = cpAt(s, i);
    if ((charFlags(c) & CHAR_XID_CONTINUE) == 0) return false;
    i += unitsOf(c);
  }
  return true;
}

function predicate(s: PyStr, which: i32): bool {
  const t = s.s;
  switch (which) {
    case PRED_ALPHA: return allHave(t, CHAR_ALPHA);
    case PRED_ALNUM: return allHave(t, CHAR_ALPHA | CHAR_DECIMAL | CHAR_DIGIT | CHAR_NUMERIC);
    case PRED_DECIMAL: return allHave(t, CHAR_DECIMAL);
    case PRED_DIGIT: return allHave(t, CHAR_DIGIT);
    case PRED_NUMERIC: return allHave(t, CHAR_NUMERIC);
    case PRED_SPACE: return allHave(t, CHAR_SPACE);
    case PRED_PRINTABLE: return t.length == 0 || allHave(t, CHAR_PRINTABLE);
    case PRED_LOWER: return caseIs(t, CHAR_LOWER, CHAR_UPPER | CHAR_TITLE);
    case PRED_UPPER: return caseIs(t, CHAR_UPPER, CHAR_LOWER | CHAR_TITLE);
    case PRED_TITLE: return isTitleText(t);
    case PRED_IDENTIFIER: return isIdentifierText(t);
    default:
      return s.isAscii();
  }
}

function predicateMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, which: i32): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodNoArgs("str", name, nargs, kwnames)) return ERR;
  return fromBool(predicate(self, which));
}

function str_isalpha(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isalpha", PRED_ALPHA);
}

function str_isalnum(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isalnum", PRED_ALNUM);
}

function str_isdecimal(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isdecimal", PRED_DECIMAL);
}

function str_isdigit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isdigit", PRED_DIGIT);
}

function str_isnumeric(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isnumeric", PRED_NUMERIC);
}

function str_isspace(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isspace", PRED_SPACE);
}

function str_isprintable(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isprintable", PRED_PRINTABLE);
}

function str_islower(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "islower", PRED_LOWER);
}

function str_isupper(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isupper", PRED_UPPER);
}

function str_istitle(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "istitle", PRED_TITLE);
}

function str_isidentifier(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isidentifier", PRED_IDENTIFIER);
}

function str_isascii(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return predicateMethod(args, nargs, kwnames, "isascii", PRED_ASCII);
}

// ── Searching ──────────────────────────────────────────────────────────────────────────────

/** The str argument of find/count/partition…: TypeError "must be str, not int". */
function strArg(v: Value): PyStr | null {
  if (!isStrValue(v)) {
    typeError("must be str, not " + typeName(v));
    return null;
  }
  return asStr(v);
}

/**
 * Substring search over UTF-16 units (wide) or bytes, forward or backward. Needles of three
 * or more units searched through a long enough span use Horspool's skip table (keyed by the
 * low byte of a unit), built on the first such search and kept so that count/split/replace
 * reuse it. Short spans are compared at each offset: the table is 1 KB, and building it for
 * `line.find("ECHO")` on short lines cost more than the search (and filled the heap).
 */
// Spans (in units) from which a skip table pays for itself.
const SKIP_TABLE_MIN_SPAN: i32 = 256;

export class Finder {
  needle: usize;
  m: i32;
  wide: bool;
  reverse: bool;
  skip: StaticArray<i32> | null = null;

  constructor(needle: usize, m: i32, wide: bool, reverse: bool) {
    this.needle = needle;
    this.m = m;
    this.wide = wide;
    this.reverse = reverse;
  }

  private buildSkip(): StaticArray<i32> {
    const m = this.m;
    const needle = this.needle;
    const skip = new StaticArray<i32>(256);
    for (let c = 0; c < 256; c++) unchecked((skip[c] = m));
    if (!this.reverse) {
      for (let i = 0; i < m - 1; i++) unchecked((skip[this.unit(needle, i) & 0xff] = m - 1 - i));
    } else {
      for (let i = m - 1; i > 0; i--) unchecked((skip[this.unit(needle, i) & 0xff] = i));
    }
    this.skip = skip;
    return skip;
  }

  // @ts-ignore: decorator
  @inline unit(p: usize, i: i32): u32 {
    return this.wide ? <u32>load<u16>(p + (<usize>i << 1)) : <u32>load<u8>(p + <usize>i);
  }

  /** Index of the first (last, when reverse) occurrence within [from, to) of hay, or -1. */
  find(hay: usize, from: i32, to: i32): i32 {
    const m = this.m;
    if (to - from < m) return -1;
    if (m == 0) return this.reverse ? to : from;
    const needle = this.needle;
    const shift: usize = this.wide ? 1 : 0;
    const rest = <usize>(m - 1) << shift;
    let skip = this.skip;
    if (skip === null && m >= 3 && to - from >= SKIP_TABLE_MIN_SPAN) skip = this.buildSkip();
    if (!this.reverse) {
      const last = this.unit(needle, m - 1);
      for (let i = from; i <= to - m; ) {
        const c = this.unit(hay, i + m - 1);
        if (c == last && memory.compare(hay + (<usize>i << shift), needle, rest) == 0) return i;
        i += skip === null ? 1 : unchecked(skip[c & 0xff]);
      }
    } else {
      const first = this.unit(needle, 0);
      for (let i = to - m; i >= from; ) {
        const c = this.unit(hay, i);
        if (c == first && memory.compare(hay + (<usize>(i + 1) << shift), needle + (<usize>1 << shift), rest) == 0) return i;
        i -= skip === null ? 1 : unchecked(skip[c & 0xff]);
      }
    }
    return -1;
  }
}

/** Leftmost (or rightmost) unit index of sub within units [from, to) of s, or -1. */
export function findUnits(s: string, sub: string, from: i32, to: i32, reverse: bool): i32 {
  return new Finder(changetype<usize>(sub), sub.length, true, reverse).find(changetype<usize>(s), from, to);
}

// find/rfind/index/rindex: the code-point index of sub in self[start:end], or -1 (-2: error).
function findIn(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, reverse: bool): i64 {
  const self = selfStr(args, nargs, name);
  if (self === null) return -2;
  if (!methodVarargs("str", name, nargs, kwnames, 1, 3)) return -2;
  const sub = strArg(argAt(args, 1));
  if (sub === null) return -2;
  const len = self.length;
  const sp = new Span();
  if (!readSpan(args, nargs, 2, len, sp)) return -2;
  const subLen = sub.length;
  if (sp.end - sp.start < subLen) return -1;
  if (subLen == 0) return reverse ? sp.end : sp.start;
  const from = self.unitIndex(<i32>sp.start);
  const to = self.unitIndex(<i32>sp.end);
  const r = findUnits(self.s, sub.s, from, to, reverse);
  return r < 0 ? -1 : cpIndexOfUnit(self, r);
}

function str_find(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "find", false);
  return r == -2 ? ERR : intFromI64(r);
}

function str_rfind(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "rfind", true);
  return r == -2 ? ERR : intFromI64(r);
}

function str_index(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "index", false);
  if (r == -2) return ERR;
  return r < 0 ? raise(E.ValueError, "substring not found") : intFromI64(r);
}

function str_rindex(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const r = findIn(args, nargs, kwnames, "rindex", true);
  if (r == -2) return ERR;
  return r < 0 ? raise(E.ValueError, "substring not found") : intFromI64(r);
}

/** Non-overlapping occurrences of sub in units [from, to) of s, at most max. */
export function countUnits(s: string, sub: string, from: i32, to: i32, max: i64): i64 {
  const m = sub.length;
  const finder = new Finder(changetype<usize>(sub), m, true, false);
  const hay = changetype<usize>(s);
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

function str_count(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "count");
  if (self === null) return ERR;
  if (!methodVarargs("str", "count", nargs, kwnames, 1, 3)) return ERR;
  const sub = strArg(argAt(args, 1));
  if (sub === null) return ERR;
  const sp = new Span();
  if (!readSpan(args, nargs, 2, self.length, sp)) return ERR;
  if (sp.end - sp.start < sub.length) return intFromI64(0);
  if (sub.length == 0) return intFromI64(sp.end - sp.start + 1);
  return intFromI64(countUnits(self.s, sub.s, self.unitIndex(<i32>sp.start), self.unitIndex(<i32>sp.end), i64.MAX_VALUE));
}

// startswith/endswith: prefix is a str or a tuple of str.
function tailMatch(self: PyStr, sub: PyStr, sp: Span, atEnd: bool): bool {
  const subLen = sub.length;
  const start = sp.start;
  const end = sp.end - subLen;
  if (end < start) return false;
  if (subLen == 0) return true;
  const at = atEnd ? self.unitIndex(<i32>end) : self.unitIndex(<i32>start);
  const t = self.s;
  const u = sub.s;
  if (at + u.length > t.length) return false;
  return memory.compare(changetype<usize>(t) + (<usize>at << 1), changetype<usize>(u), <usize>u.length << 1) == 0;
}

function startsEnds(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, atEnd: bool): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodVarargs("str", name, nargs, kwnames, 1, 3)) return ERR;
  const sp = new Span();
  const prefix = argAt(args, 1);
  if (isPtr(prefix) && typeOf(prefix).kind == Kind.TUPLE) {
    if (!readSpan(args, nargs, 2, self.length, sp)) return ERR;
    const tup = changetype<PyTuple>(objOf(prefix));
    for (let i = 0; i < tup.length; i++) {
      const item = tup.get(i);
      if (!isStrValue(item)) {
        return typeError("tuple for " + name + " must only contain str, not " + typeName(item));
      }
      if (tailMatch(self, asStr(item), sp, atEnd)) return TRUE;
    }
    return FALSE;
  }
  if (!isStrValue(prefix)) {
    return typeError(name + " first arg must be str or a tuple of str, not " + typeName(prefix));
  }
  if (!readSpan(args, nargs, 2, self.length, sp)) return ERR;
  return fromBool(tailMatch(self, asStr(prefix), sp, atEnd));
}

function str_startswith(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return startsEnds(args, nargs, kwnames, "startswith", false);
}

function str_endswith(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return startsEnds(args, nargs, kwnames, "endswith", true);
}

// ── Padding ────────────────────────────────────────────────────────────────────────────────

// The fill character argument of center/ljust/rjust.
function fillArg(args: usize, nargs: i32): i64 {
  if (nargs < 3) return 32;
  const v = argAt(args, 2);
  if (!isStrValue(v)) {
    typeError("The fill character must be a unicode character, not " + typeName(v));
    return -1;
  }
  const f = asStr(v);
  if (f.length != 1) {
    typeError("The fill character must be exactly one character long");
    return -1;
  }
  return cpAt(f.s, 0);
}

// 'l' left-justify, 'r' right-justify, 'c' center.
function padMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, how: i32): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodPositional("str", name, nargs, kwnames, 1, 2)) return ERR;
  const width = ssizeArg(argAt(args, 1));
  if (width == ARG_ERROR) return ERR;
  const fill = fillArg(args, nargs);
  if (fill < 0) return ERR;
  const len = self.length;
  if (width <= len) return selfOrCopy(self);
  const marg = width - len;
  if (!reserveUnits(marg * 2 + self.s.length)) return ERR;
  let left: i64 = 0;
  if (how == 114) left = marg;
  else if (how == 99) left = (marg >> 1) + (marg & width & 1);
  const b = new TextBuilder(<i32>(marg + self.s.length));
  b.repeat(<u32>fill, left);
  b.str(self.s);
  b.repeat(<u32>fill, marg - left);
  return fromObj(newStr(b.toString()));
}

function str_center(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return padMethod(args, nargs, kwnames, "center", 99);
}

function str_ljust(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return padMethod(args, nargs, kwnames, "ljust", 108);
}

function str_rjust(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return padMethod(args, nargs, kwnames, "rjust", 114);
}

function str_zfill(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "zfill");
  if (self === null) return ERR;
  if (!methodOneArg("str", "zfill", nargs, kwnames)) return ERR;
  const width = ssizeArg(argAt(args, 1));
  if (width == ARG_ERROR) return ERR;
  const len = self.length;
  if (width <= len) return selfOrCopy(self);
  const fill = width - len;
  if (!reserveUnits(fill + self.s.length)) return ERR;
  const s = self.s;
  const b = new TextBuilder(<i32>(fill + s.length));
  // a leading sign moves in front of the zeros
  let from = 0;
  if (s.length > 0 && (unitAt(s, 0) == 43 || unitAt(s, 0) == 45)) {
    b.unit(unitAt(s, 0));
    from = 1;
  }
  b.repeat(48, fill);
  b.range(s, from, s.length);
  return fromObj(newStr(b.toString()));
}

function str_expandtabs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "expandtabs");
  if (self === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("expandtabs", args + 8, nargs - 1, kwnames, TABSIZE_PARAMS, 0, 0, 1, a)) return ERR;
  let tabsize: i64 = 8;
  if (a.has(0)) {
    tabsize = intArg(a.get(0));
    if (tabsize == ARG_ERROR) return ERR;
  }
  const s = self.s;
  const b = new TextBuilder(s.length + 8);
  let column: i64 = 0;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    i += unitsOf(c);
    if (c == 9) {
      if (tabsize > 0) {
        const incr = tabsize - (column % tabsize);
        column += incr;
        if (incr > 4096 && !reserveUnits(incr)) return ERR;
        b.repeat(32, incr);
      }
    } else {
      column++;
      b.cp(c);
      if (c == 10 || c == 13) column = 0;
    }
  }
  return strResult(self, b.toString());
}

// ── Stripping ──────────────────────────────────────────────────────────────────────────────

function inSet(set: StaticArray<u32>, c: u32): bool {
  for (let k = 0; k < set.length; k++) if (unchecked(set[k]) == c) return true;
  return false;
}

// Strips whitespace (set null) or the code points of set; 1 left, 2 right, 3 both.
export function stripText(s: string, set: StaticArray<u32> | null, sides: i32): string {
  let i = 0;
  let j = s.length;
  if (sides & 1) {
    while (i < j) {
      const c = cpAt(s, i);
      if (set === null ? !isSpaceCp(c) : !inSet(set, c)) break;
      i += unitsOf(c);
    }
  }
  if (sides & 2) {
    while (j > i) {
      const c = cpBefore(s, j);
      if (set === null ? !isSpaceCp(c) : !inSet(set, c)) break;
      j -= unitsOf(c);
    }
  }
  return i == 0 && j == s.length ? s : s.substring(i, j);
}

function stripMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, sides: i32): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodPositional("str", name, nargs, kwnames, 0, 1)) return ERR;
  let set: StaticArray<u32> | null = null;
  if (nargs > 1) {
    const chars = argAt(args, 1);
    if (chars != NONE) {
      if (!isStrValue(chars)) return typeError(name + " arg must be None or str");
      set = codePoints(asStr(chars).s);
    }
  }
  return strResult(self, stripText(self.s, set, sides));
}

function str_strip(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return stripMethod(args, nargs, kwnames, "strip", 3);
}

function str_lstrip(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return stripMethod(args, nargs, kwnames, "lstrip", 1);
}

function str_rstrip(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return stripMethod(args, nargs, kwnames, "rstrip", 2);
}

function affixMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, suffix: bool): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodOneArg("str", name, nargs, kwnames)) return ERR;
  const v = argAt(args, 1);
  if (!isStrValue(v)) return typeError(name + "() argument must be str, not " + typeName(v));
  const s = self.s;
  const a = asStr(v).s;
  if (a.length == 0 || a.length > s.length) return selfOrCopy(self);
  if (suffix) {
    if (!s.endsWith(a)) return selfOrCopy(self);
    return fromObj(newStr(s.substring(0, s.length - a.length)));
  }
  if (!s.startsWith(a)) return selfOrCopy(self);
  return fromObj(newStr(s.substring(a.length)));
}

function str_removeprefix(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return affixMethod(args, nargs, kwnames, "removeprefix", false);
}

function str_removesuffix(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return affixMethod(args, nargs, kwnames, "removesuffix", true);
}

// ── Splitting and joining ──────────────────────────────────────────────────────────────────

function str_partition(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return partitionMethod(args, nargs, kwnames, "partition", false);
}

function str_rpartition(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return partitionMethod(args, nargs, kwnames, "rpartition", true);
}

function partitionMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, reverse: bool): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  if (!methodOneArg("str", name, nargs, kwnames)) return ERR;
  const sep = strArg(argAt(args, 1));
  if (sep === null) return ERR;
  if (sep.s.length == 0) return raise(E.ValueError, "empty separator");
  const s = self.s;
  const r = findUnits(s, sep.s, 0, s.length, reverse);
  const t = new PyTuple(3);
  const empty = fromObj(emptyString());
  if (r < 0) {
    const whole = selfOrCopy(self);
    t.set(0, reverse ? empty : whole);
    t.set(1, empty);
    t.set(2, reverse ? whole : empty);
    return fromObj(t);
  }
  t.set(0, fromObj(newStr(s.substring(0, r))));
  t.set(1, fromObj(sep.cls === T.str ? sep : newStr(sep.s)));
  t.set(2, fromObj(newStr(s.substring(r + sep.s.length))));
  return fromObj(t);
}

function addPiece(l: PyList, s: string, from: i32, to: i32): void {
  l.append(fromObj(newStr(s.substring(from, to))));
}

// str.split / str.rsplit (CPython's stringlib split.h, whitespace and separator variants).
function splitText(s: string, sep: string | null, maxsplit: i64, reverse: bool): PyList {
  const l = new PyList();
  const n = s.length;
  let max = maxsplit < 0 ? i64.MAX_VALUE : maxsplit;
  if (sep === null) {
    if (!reverse) {
      let i = 0;
      while (max-- > 0) {
        while (i < n && isSpaceCp(cpAt(s, i))) i += unitsOf(cpAt(s, i));
        if (i == n) break;
        const j = i;
        while (i < n && !isSpaceCp(cpAt(s, i))) i += unitsOf(cpAt(s, i));
        addPiece(l, s, j, i);
      }
      if (i < n) {
        while (i < n && isSpaceCp(cpAt(s, i))) i += unitsOf(cpAt(s, i));
        if (i != n) addPiece(l, s, i, n);
      }
    } else {
      let i = n;
      while (max-- > 0) {
        while (i > 0 && isSpaceCp(cpBefore(s, i))) i -= unitsOf(cpBefore(s, i));
        if (i == 0) break;
        const j = i;
        while (i > 0 && !isSpaceCp(cpBefore(s, i))) i -= unitsOf(cpBefore(s, i));
        addPiece(l, s, i, j);
      }
      if (i > 0) {
        while (i > 0 && isSpaceCp(cpBefore(s, i))) i -= unitsOf(cpBefore(s, i));
        if (i > 0) addPiece(l, s, 0, i);
      }
      reverseList(l);
    }
    return l;
  }
  const m = sep.length;
  const finder = new Finder(changetype<usize>(sep), m, true, reverse);
  const hay = changetype<usize>(s);
  if (!reverse) {
    let i = 0;
    while (max-- > 0) {
      const r = finder.find(hay, i, n);
      if (r < 0) break;
      addPiece(l, s, i, r);
      i = r + m;
    }
    addPiece(l, s, i, n);
  } else {
    let j = n;
    while (max-- > 0) {
      const r = finder.find(hay, 0, j);
      if (r < 0) break;
      addPiece(l, s, r + m, j);
      j = r;
    }
    addPiece(l, s, 0, j);
    reverseList(l);
  }
  return l;
}

export function reverseList(l: PyList): void {
  const n = l.length;
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = l.get(i);
    l.set(i, l.get(j));
    l.set(j, t);
  }
}

function splitMethod(args: usize, nargs: i32, kwnames: PyTuple | null, name: string, reverse: bool): Value {
  const self = selfStr(args, nargs, name);
  if (self === null) return ERR;
  const a = new Args(2);
  if (!parseArgs(name, args + 8, nargs - 1, kwnames, SEP_MAXSPLIT_PARAMS, 0, 0, 2, a)) return ERR;
  let sep: string | null = null;
  if (a.has(0) && a.get(0) != NONE) {
    const v = a.get(0);
    if (!isStrValue(v)) return typeError("must be str or None, not " + typeName(v));
    sep = asStr(v).s;
    if (sep.length == 0) return raise(E.ValueError, "empty separator");
  }
  let maxsplit: i64 = -1;
  if (a.has(1)) {
    maxsplit = ssizeArg(a.get(1));
    if (maxsplit == ARG_ERROR) return ERR;
  }
  return fromObj(splitText(self.s, sep, maxsplit, reverse));
}

function str_split(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return splitMethod(args, nargs, kwnames, "split", false);
}

function str_rsplit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return splitMethod(args, nargs, kwnames, "rsplit", true);
}

function str_splitlines(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "splitlines");
  if (self === null) return ERR;
  const a = new Args(1);
  if (!parseArgs("splitlines", args + 8, nargs - 1, kwnames, KEEPENDS_PARAMS, 0, 0, 1, a)) return ERR;
  let keepends = false;
  if (a.has(0)) {
    const t = isTrue(a.get(0));
    if (t < 0) return ERR;
    keepends = t > 0;
  }
  const s = self.s;
  const n = s.length;
  const l = new PyList();
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreakCp(cpAt(s, i))) i += unitsOf(cpAt(s, i));
    let eol = i;
    if (i < n) {
      if (unitAt(s, i) == 13 && i + 1 < n && unitAt(s, i + 1) == 10) i += 2;
      else i += unitsOf(cpAt(s, i));
      if (keepends) eol = i;
    }
    addPiece(l, s, j, eol);
  }
  return fromObj(l);
}

function str_join(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "join");
  if (self === null) return ERR;
  if (!methodOneArg("str", "join", nargs, kwnames)) return ERR;
  const items = sequenceItems(argAt(args, 1), "can only join an iterable");
  if (items === null) return ERR;
  const n = items.length;
  if (n == 0) return fromObj(emptyString());
  let total: i64 = <i64>self.s.length * (n - 1);
  for (let i = 0; i < n; i++) {
    const v = items.get(i);
    if (!isStrValue(v)) {
      return typeError("sequence item " + i.toString() + ": expected str instance, " + typeName(v) + " found");
    }
    total += asStr(v).s.length;
  }
  if (n == 1 && objOf(items.get(0)).cls === T.str) return items.get(0);
  if (!reserveUnits(total)) return ERR;
  const b = new TextBuilder(<i32>total);
  const sep = self.s;
  for (let i = 0; i < n; i++) {
    if (i > 0) b.str(sep);
    b.str(asStr(items.get(i)).s);
  }
  return fromObj(newStr(b.toString()));
}

/** PySequence_Fast: the items of a list or tuple, or of any iterable collected into a list. */
export function sequenceItems(v: Value, message: string): ValueArray | null {
  if (isPtr(v)) {
    const k = typeOf(v).kind;
    if (k == Kind.LIST) return changetype<PyList>(objOf(v)).items;
    if (k == Kind.TUPLE) return changetype<PyTuple>(objOf(v)).items;
  }
  const it = getIter(v);
  if (it == ERR) {
    if (errorMatches(E.TypeError)) {
      clearError();
      typeError(message);
    }
    return null;
  }
  const l = new PyList();
  return extendFromIterator(l, it, true) < 0 ? null : l.items;
}

// ── Replacing and translating ──────────────────────────────────────────────────────────────

/** s.replace(old, rep, count); null with MemoryError when the result cannot be allocated. */
export function replaceText(s: string, old: string, rep: string, count: i64): string | null {
  let max = count < 0 ? i64.MAX_VALUE : count;
  if (max == 0) return s;
  const n = s.length;
  if (old.length == 0) {
    // insert rep before every code point and at the end, up to max times
    let cps: i64 = 0;
    for (let i = 0; i < n; i += unitsOf(cpAt(s, i))) cps++;
    const times = max < cps + 1 ? max : cps + 1;
    if (!reserveUnits(<i64>n + times * rep.length)) return null;
    const b = new TextBuilder(<i32>(n + times * rep.length));
    let done: i64 = 0;
    let i = 0;
    while (done < times) {
      b.str(rep);
      done++;
      if (i >= n) break;
      const c = cpAt(s, i);
      b.cp(c);
      i += unitsOf(c);
    }
    b.range(s, i, n);
    return b.toString();
  }
  const found = countUnits(s, old, 0, n, max);
  if (found == 0) return s;
  const total = <i64>n + found * (<i64>rep.length - old.length);
  if (!reserveUnits(total)) return null;
  const b = new TextBuilder(<i32>total);
  const finder = new Finder(changetype<usize>(old), old.length, true, false);
  let i = 0;
  for (let k: i64 = 0; k < found; k++) {
    const r = finder.find(changetype<usize>(s), i, n);
    b.range(s, i, r);
    b.str(rep);
    i = r + old.length;
  }
  b.range(s, i, n);
  return b.toString();
}

function str_replace(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "replace");
  if (self === null) return ERR;
  if (!methodPositional("str", "replace", nargs, kwnames, 2, 3)) return ERR;
  const old = argAt(args, 1);
  if (!isStrValue(old)) return typeError("replace() argument 1 must be str, not " + typeName(old));
  const rep = argAt(args, 2);
  if (!isStrValue(rep)) return typeError("replace() argument 2 must be str, not " + typeName(rep));
  let count: i64 = -1;
  if (nargs > 3) {
    count = ssizeArg(argAt(args, 3));
    if (count == ARG_ERROR) return ERR;
  }
  const r = replaceText(self.s, asStr(old).s, asStr(rep).s, count);
  if (r === null) return ERR;
  return strResult(self, r);
}

function str_translate(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "translate");
  if (self === null) return ERR;
  if (!methodOneArg("str", "translate", nargs, kwnames)) return ERR;
  const table = argAt(args, 1);
  const s = self.s;
  const b = new TextBuilder(s.length);
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    i += unitsOf(c);
    const m = getItem(table, intFromI64(c));
    if (m == ERR) {
      if (!errorMatches(E.LookupError)) return ERR;
      clearError();
      b.cp(c);
      continue;
    }
    if (m == NONE) continue;
    if (isIntValue(m)) {
      const x = intFitsI64(m) ? intToI64(m) : -1;
      if (x < 0 || x > 0x10ffff) return raise(E.ValueError, "character mapping must be in range(0x110000)");
      b.cp(<u32>x);
    } else if (isStrValue(m)) {
      b.str(asStr(m).s);
    } else {
      return typeError("character mapping must return integer, None or str");
    }
    if (b.len > (1 << 20) && !memoryCheckpoint()) return ERR;
  }
  return strResult(self, b.toString());
}

function str_maketrans(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("str.maketrans", kwnames) || !checkPositional("maketrans", nargs, 1, 3)) return ERR;
  const x = argAt(args, 0);
  const d = new PyDict();
  if (nargs == 1) {
    if (!(isPtr(x) && typeOf(x).kind == Kind.DICT)) {
      return typeError("if you give only one argument to maketrans it must be a dict");
    }
    const src = changetype<PyDict>(objOf(x));
    for (let i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
      const k = src.keyAt(i);
      let key: Value;
      if (isStrValue(k)) {
        const ks = asStr(k);
        if (ks.length != 1) return raise(E.ValueError, "string keys in translate table must be of length 1");
        key = intFromI64(cpAt(ks.s, 0));
      } else if (isIntValue(k)) {
        key = k;
      } else {
        return typeError("keys in translate table must be strings or integers");
      }
      if (d.setItem(key, src.valueAt(i)) < 0) return ERR;
    }
    return fromObj(d);
  }
  if (!isStrValue(x)) return typeError("first maketrans argument must be a string if there is a second argument");
  const y = argAt(args, 1);
  if (!isStrValue(y)) return typeError("maketrans() argument 2 must be str, not " + typeName(y));
  const from = codePoints(asStr(x).s);
  const to = codePoints(asStr(y).s);
  if (from.length != to.length) {
    return raise(E.ValueError, "the first two maketrans arguments must have equal length");
  }
  for (let i = 0; i < from.length; i++) {
    if (d.setItem(intFromI64(from[i]), intFromI64(to[i])) < 0) return ERR;
  }
  if (nargs > 2) {
    const z = argAt(args, 2);
    if (!isStrValue(z)) return typeError("maketrans() argument 3 must be str, not " + typeName(z));
    const del = codePoints(asStr(z).s);
    for (let i = 0; i < del.length; i++) {
      if (d.setItem(intFromI64(del[i]), NONE) < 0) return ERR;
    }
  }
  return fromObj(d);
}

// ── Encoding ───────────────────────────────────────────────────────────────────────────────

function str_encode(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "encode");
  if (self === null) return ERR;
  const a = new Args(2);
  if (!parseArgs("encode", args + 8, nargs - 1, kwnames, ENCODING_ERRORS_PARAMS, 0, 0, 2, a)) return ERR;
  let encoding = "utf-8";
  let errors = "strict";
  if (a.has(0)) {
    const v = a.get(0);
    if (!isStrValue(v)) return typeError("encode() argument 'encoding' must be str, not " + typeName(v));
    encoding = asStr(v).s;
  }
  if (a.has(1)) {
    const v = a.get(1);
    if (!isStrValue(v)) return typeError("encode() argument 'errors' must be str, not " + typeName(v));
    errors = asStr(v).s;
  }
  return encodeStr(self, encoding, errors);
}

function str_getnewargs(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "__getnewargs__");
  if (self === null) return ERR;
  if (!methodNoArgs("str", "__getnewargs__", nargs, kwnames)) return ERR;
  return newTuple1(fromObj(newStr(self.s)));
}

// ── str.format (PEP 3101; CPython's Objects/stringlib/unicode_format.h) ──────────────────

const AUTO_INIT = 0;
const AUTO_AUTO = 1;
const AUTO_MANUAL = 2;

// State of one format() call: the arguments and the automatic field numbering.
class FormatCall {
  positional: PyTuple | null; // null for format_map
  mapping: Value; // kwargs dict, the format_map mapping, or NULL
  autoState: i32 = AUTO_INIT;
  autoNumber: i64 = 0;

  constructor(positional: PyTuple | null, mapping: Value) {
    this.positional = positional;
    this.mapping = mapping;
  }
}

// get_integer: a run of decimal digits, -1 when it is not one (or is empty), -2 on overflow.
function fieldInteger(s: string, from: i32, to: i32): i64 {
  if (from >= to) return -1;
  let acc: i64 = 0;
  for (let i = from; i < to; ) {
    const c = cpAt(s, i);
    i += unitsOf(c);
    if ((charFlags(c) & CHAR_DECIMAL) == 0) return -1;
    const d = <i64>unicodeDecimalValue(<i32>c);
    if (acc > (i64.MAX_VALUE - d) / 10) {
      raise(E.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

// The object a field name designates: an argument, then .attr and [key] lookups.
function fieldObject(call: FormatCall, s: string, from: i32, to: i32): Value {
  let i = from;
  while (i < to) {
    const c = unitAt(s, i);
    if (c == 46 || c == 91) break;
    i++;
  }
  const firstIdx = fieldInteger(s, from, i);
  if (firstIdx == -2) return ERR;
  const empty = i == from;
  let idx = firstIdx;
  if (empty || firstIdx >= 0) {
    if (call.autoState == AUTO_INIT) call.autoState = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (call.autoState == AUTO_MANUAL && empty) {
      return raise(E.ValueError, "cannot switch from manual field specification to automatic field numbering");
    }
    if (call.autoState == AUTO_AUTO && !empty) {
      return raise(E.ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = call.autoNumber++;
  }
  let obj: Value;
  if (idx < 0) {
    const key = fromObj(newStr(s.substring(from, i)));
    if (call.mapping == NULL) return raiseWith(E.KeyError, key);
    obj = getItem(call.mapping, key);
  } else {
    const pos = call.positional;
    if (pos === null) return raise(E.ValueError, "Format string contains positional fields");
    if (idx >= pos.length) {
      return raise(E.IndexError, "Replacement index " + idx.toString() + " out of range for positional args tuple");
    }
    obj = pos.get(<i32>idx);
  }
  if (obj == ERR) return ERR;
  // the rest: ".name" or "[key]" parts
  while (i < to) {
    const c = unitAt(s, i++);
    const start = i;
    if (c == 46) {
      while (i < to && unitAt(s, i) != 46 && unitAt(s, i) != 91) i++;
      if (i == start) return raise(E.ValueError, "Empty attribute in format string");
      obj = getAttr(obj, intern(s.substring(start, i)));
    } else if (c == 91) {
      while (i < to && unitAt(s, i) != 93) i++;
      if (i >= to) return raise(E.ValueError, "Missing ']' in format string");
      const end = i++;
      if (end == start) return raise(E.ValueError, "Empty attribute in format string");
      const n = fieldInteger(s, start, end);
      if (n == -2) return ERR;
      obj = getItem(obj, n >= 0 ? intFromI64(n) : fromObj(newStr(s.substring(start, end))));
    } else {
      return raise(E.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (obj == ERR) return ERR;
  }
  return obj;
}

function convertField(obj: Value, conversion: u32): Value {
  if (conversion == 114) {
    const r = repr(obj);
    return r === null ? ERR : fromObj(r);
  }
  if (conversion == 115) {
    const r = str(obj);
    return r === null ? ERR : fromObj(r);
  }
  if (conversion == 97) {
    const r = repr(obj);
    return r === null ? ERR : fromObj(asciiOf(r.s));
  }
  if (conversion > 32 && conversion < 127) {
    return raise(E.ValueError, "Unknown conversion specifier " + String.fromCharCode(<i32>conversion));
  }
  return raise(E.ValueError, "Unknown conversion specifier \\x" + conversion.toString(16));
}

// build_string: expands s[from:to] into b; depth counts down from 2 (PEP 3101 allows one
// level of nested fields in a format spec).
function buildFormat(call: FormatCall, s: string, from: i32, to: i32, depth: i32, b: TextBuilder): bool {
  if (depth <= 0) {
    raise(E.ValueError, "Max string recursion exceeded");
    return false;
  }
  let i = from;
  while (i < to) {
    // literal text up to an unescaped brace
    const litStart = i;
    let c: u32 = 0;
    let markup = false;
    while (i < to) {
      c = unitAt(s, i++);
      if (c == 123 || c == 125) {
        markup = true;
        break;
      }
    }
    const atEnd = i >= to;
    let litEnd = i;
    if (c == 125 && markup && (atEnd || unitAt(s, i) != 125)) {
      raise(E.ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (atEnd && c == 123 && markup) {
      raise(E.ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (markup && !atEnd) {
      if (unitAt(s, i) == c) {
        i++; // an escaped brace: keep one, no field follows
        markup = false;
      } else {
        litEnd--;
      }
    }
    b.range(s, litStart, litEnd);
    if (!markup) continue;
    // parse_field: name [!conversion] [:spec] }
    const nameStart = i;
    let d: u32 = 0;
    while (i < to) {
      d = unitAt(s, i++);
      if (d == 123) {
        raise(E.ValueError, "unexpected '{' in field name");
        return false;
      }
      if (d == 91) {
        while (i < to && unitAt(s, i) != 93) i++;
        continue;
      }
      if (d == 125 || d == 58 || d == 33) break;
    }
    const nameEnd = i - 1;
    let conversion: u32 = 0;
    let specStart = 0;
    let specEnd = 0;
    let expand = false;
    if (d == 33 || d == 58) {
      let done = false;
      if (d == 33) {
        if (i >= to) {
          raise(E.ValueError, "end of string while looking for conversion specifier");
          return false;
        }
        conversion = cpAt(s, i);
        i += unitsOf(conversion);
        if (i < to) {
          const e = unitAt(s, i++);
          if (e == 125) done = true;
          else if (e != 58) {
            raise(E.ValueError, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (!done) {
        specStart = i;
        let count = 1;
        let closed = false;
        while (i < to) {
          const e = unitAt(s, i++);
          if (e == 123) {
            expand = true;
            count++;
          } else if (e == 125) {
            count--;
            if (count == 0) {
              specEnd = i - 1;
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          raise(E.ValueError, "unmatched '{' in format spec");
          return false;
        }
      }
    } else if (d != 125) {
      raise(E.ValueError, "expected '}' before end of string");
      return false;
    }
    let obj = fieldObject(call, s, nameStart, nameEnd);
    if (obj == ERR) return false;
    if (conversion != 0) {
      obj = convertField(obj, conversion);
      if (obj == ERR) return false;
    }
    let spec: string;
    if (expand) {
      const inner = new TextBuilder(specEnd - specStart + 16);
      if (!buildFormat(call, s, specStart, specEnd, depth - 1, inner)) return false;
      spec = inner.toString();
    } else {
      spec = s.substring(specStart, specEnd);
    }
    if (spec.length == 0 && isPtr(obj) && objOf(obj).cls === T.str) {
      b.str(asStr(obj).s);
      continue;
    }
    const r = formatValue(obj, fromObj(newStr(spec)));
    if (r == ERR) return false;
    b.str(asStr(r).s);
  }
  return true;
}

function formatWith(self: PyStr, call: FormatCall): Value {
  const s = self.s;
  const b = new TextBuilder(s.length + 16);
  if (!buildFormat(call, s, 0, s.length, 2, b)) return ERR;
  return fromObj(newStr(b.toString()));
}

function str_format(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "format");
  if (self === null) return ERR;
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - 1 - nkw;
  let mapping = NULL;
  if (nkw > 0) {
    const d = new PyDict();
    for (let k = 0; k < nkw; k++) d.setStr(objOf(kwnames!.get(k)), argAt(args, 1 + npos + k));
    mapping = fromObj(d);
  }
  return formatWith(self, new FormatCall(tupleFromMemory(args + 8, npos), mapping));
}

function str_format_map(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "format_map");
  if (self === null) return ERR;
  if (!methodOneArg("str", "format_map", nargs, kwnames)) return ERR;
  return formatWith(self, new FormatCall(null, argAt(args, 1)));
}

function str_format_dunder(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  const self = selfStr(args, nargs, "__format__");
  if (self === null) return ERR;
  if (!methodOneArg("str", "__format__", nargs, kwnames)) return ERR;
  const spec = argAt(args, 1);
  if (!isStrValue(spec)) return typeError("__format__() argument must be str, not " + typeName(spec));
  return formatValue(fromObj(self), spec);
}

// ---- slot wrappers (methods/slots.ts) ----

function str_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.str, a, n, k); }
function str_contains(a: usize, n: i32, k: PyTuple | null): Value { return slotContains(T.str, a, n, k); }
function str_getitem(a: usize, n: i32, k: PyTuple | null): Value { return slotGetItem(T.str, a, n, k); }
function str_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.str, a, n, k); }
function str_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.str, BinOp.ADD, false, a, n, k); }
function str_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.str, "__mul__", false, a, n, k); }
function str_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.str, "__rmul__", false, a, n, k); }
function str_mod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.str, BinOp.REMAINDER, false, a, n, k); }
function str_rmod(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.str, BinOp.REMAINDER, true, a, n, k); }
function str_hash(a: usize, n: i32, k: PyTuple | null): Value { return slotHash(T.str, a, n, k); }
function str_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.str, a, n, k); }
function str_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.str, CmpOp.LT, a, n, k); }
function str_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.str, CmpOp.LE, a, n, k); }
function str_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.str, CmpOp.EQ, a, n, k); }
function str_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.str, CmpOp.NE, a, n, k); }
function str_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.str, CmpOp.GT, a, n, k); }
function str_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.str, CmpOp.GE, a, n, k); }

// str.__str__: self as an exact str (what super().__str__() gives a str subclass).
function str_str(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(T.str, "__str__", args, nargs, kwnames, 0)) return ERR;
  const self = argAt(args, 0);
  return objOf(self).cls === T.str ? self : fromObj(newStr(changetype<PyStr>(objOf(self)).s));
}

export function initStrMethods(): void {
  const t = T.str;
  defMethod(t, "upper", str_upper);
  defMethod(t, "lower", str_lower);
  defMethod(t, "casefold", str_casefold);
  defMethod(t, "title", str_title);
  defMethod(t, "capitalize", str_capitalize);
  defMethod(t, "swapcase", str_swapcase);
  defMethod(t, "isalpha", str_isalpha);
  defMethod(t, "isalnum", str_isalnum);
  defMethod(t, "isdecimal", str_isdecimal);
  defMethod(t, "isdigit", str_isdigit);
  defMethod(t, "isnumeric", str_isnumeric);
  defMethod(t, "isspace", str_isspace);
  defMethod(t, "isprintable", str_isprintable);
  defMethod(t, "islower", str_islower);
  defMethod(t, "isupper", str_isupper);
  defMethod(t, "istitle", str_istitle);
  defMethod(t, "isidentifier", str_isidentifier);
  defMethod(t, "isascii", str_isascii);
  defMethod(t, "find", str_find);
  defMethod(t, "rfind", str_rfind);
  defMethod(t, "index", str_index);
  defMethod(t, "rindex", str_rindex);
  defMethod(t, "count", str_count);
  defMethod(t, "startswith", str_startswith);
  defMethod(t, "endswith", str_endswith);
  defMethod(t, "center", str_center);
  defMethod(t, "ljust", str_ljust);
  defMethod(t, "rjust", str_rjust);
  defMethod(t, "zfill", str_zfill);
  defMethod(t, "expandtabs", str_expandtabs);
  defMethod(t, "strip", str_strip);
  defMethod(t, "lstrip", str_lstrip);
  defMethod(t, "rstrip", str_rstrip);
  defMethod(t, "removeprefix", str_removeprefix);
  defMethod(t, "removesuffix", str_removesuffix);
  defMethod(t, "partition", str_partition);
  defMethod(t, "rpartition", str_rpartition);
  defMethod(t, "split", str_split);
  defMethod(t, "rsplit", str_rsplit);
  defMethod(t, "splitlines", str_splitlines);
  defMethod(t, "join", str_join);
  defMethod(t, "replace", str_replace);
  defMethod(t, "translate", str_translate);
  defStatic(t, "maketrans", str_maketrans);
  defMethod(t, "encode", str_encode);
  defMethod(t, "format", str_format);
  defMethod(t, "format_map", str_format_map);
  defMethod(t, "__format__", str_format_dunder);
  defMethod(t, "__getnewargs__", str_getnewargs);
  defMethod(t, "__len__", str_len);
  defMethod(t, "__contains__", str_contains);
  defMethod(t, "__getitem__", str_getitem);
  defMethod(t, "__iter__", str_iter);
  defMethod(t, "__add__", str_add);
  defMethod(t, "__mul__", str_mul);
  defMethod(t, "__rmul__", str_rmul);
  defMethod(t, "__mod__", str_mod);
  defMethod(t, "__rmod__", str_rmod);
  defMethod(t, "__hash__", str_hash);
  defMethod(t, "__repr__", str_repr);
  defMethod(t, "__lt__", str_lt);
  defMethod(t, "__le__", str_le);
  defMethod(t, "__eq__", str_eq);
  defMethod(t, "__ne__", str_ne);
  defMethod(t, "__gt__", str_gt);
  defMethod(t, "__ge__", str_ge);
  defMethod(t, "__str__", str_str);
}
