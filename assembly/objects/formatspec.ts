// formatspec.ts: the format-spec mini-language and printf-style ('%') layout, as CPython 3.12.
//
// Role: parse "[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]" once
// (parse_internal_render_format_spec in Python/formatter_unicode.c) and lay out str, int and
// float values from it; also the field layout of '%' formatting for numbers and strings.
// Depends only on floatfmt.ts.
//
// Invariants:
// - Width and precision count code points; fill may be any code point (astral included).
// - Nothing raises. A failing function returns null and records an error; the caller builds
//   the message with formatErrorMessage(typeName) and raises ValueError, or MemoryError when
//   formatErrorIsMemory() (a width too large to allocate). The checks run in CPython's order,
//   so the first error reported is the one CPython reports.
// - A null return always comes with a recorded error; a non-null return leaves the error
//   state untouched.

import {
  floatToString,
  unicodeDecimalValue,
  DTSF_ADD_DOT_0,
  DTSF_ALT,
  DTSF_NO_NEG_0,
} from "./floatfmt";

// Character codes used by the spec grammar and the layouts.
const enum Char {
  Space = 32, Hash = 35, Percent = 37, Plus = 43, Comma = 44, Minus = 45, Dot = 46, Zero = 48,
  Less = 60, Equals = 61, Greater = 62, Caret = 94, Underscore = 95,
  UpperE = 69, UpperF = 70, UpperG = 71, UpperX = 88,
  LowerB = 98, LowerC = 99, LowerD = 100, LowerE = 101, LowerF = 102, LowerG = 103,
  LowerN = 110, LowerO = 111, LowerR = 114, LowerS = 115, LowerX = 120, LowerZ = 122,
}

// ── Parsed spec ────────────────────────────────────────────────────────────────────────────

/** A parsed format spec. Character fields hold code points; 0 means "not given". */
export class FormatSpec {
  /** Fill code point; only meaningful when fillSpecified (else ' ', or '0' with zeroPad). */
  fill: i32 = Char.Space;
  fillSpecified: bool = false;
  /** '<', '>', '=', '^', or 0 for the type's default ('<' for str, '>' for numbers). */
  align: i32 = 0;
  /** '+', '-', ' ' or 0. */
  sign: i32 = 0;
  /** 'z': negative zero coerced to positive zero (floats only). */
  noNegZero: bool = false;
  /** '#': alternate form. */
  alternate: bool = false;
  /** '0' before the width with no explicit fill: fill '0', and '=' alignment for numbers. */
  zeroPad: bool = false;
  /** Minimum width in code points, -1 when absent. */
  width: i64 = -1;
  /** ',' or '_' or 0. */
  grouping: i32 = 0;
  /** Precision, -1 when absent (up to 2^63-1; floats reject > 2^31-1 as CPython does). */
  precision: i64 = -1;
  /** Presentation type code point; parseFormatSpec's defaultType when absent. */
  type: i32 = 0;
}

// ── Errors ─────────────────────────────────────────────────────────────────────────────────

// Error codes; formatErrorMessage() holds the texts, e.g. FMT_ERR_INVALID_SPEC is "Invalid
// format specifier '<spec>' for object of type '<T>'".
export const FMT_OK: i32 = 0;
export const FMT_ERR_INVALID_SPEC: i32 = 1;
export const FMT_ERR_TOO_MANY_DIGITS: i32 = 2;
export const FMT_ERR_MISSING_PRECISION: i32 = 3;
export const FMT_ERR_COMMA_AND_UNDERSCORE: i32 = 4;
export const FMT_ERR_GROUPING_WITH_TYPE: i32 = 5;
export const FMT_ERR_UNKNOWN_CODE: i32 = 6;
export const FMT_ERR_STR_SIGN: i32 = 7;
export const FMT_ERR_STR_SPACE: i32 = 8;
export const FMT_ERR_STR_NO_NEG_0: i32 = 9;
export const FMT_ERR_STR_ALTERNATE: i32 = 10;
export const FMT_ERR_STR_EQUALS_ALIGN: i32 = 11;
export const FMT_ERR_INT_PRECISION: i32 = 12;
export const FMT_ERR_INT_NO_NEG_0: i32 = 13;
export const FMT_ERR_CHAR_SIGN: i32 = 14;
export const FMT_ERR_CHAR_ALTERNATE: i32 = 15;
export const FMT_ERR_PRECISION_TOO_BIG: i32 = 16;
export const FMT_ERR_WIDTH_TOO_BIG: i32 = 17; // MemoryError: the result is too long to allocate

/**
 * Results padded or zero-filled beyond 2^28 code points (512 MiB) are refused with
 * MemoryError instead of trapping on a failed allocation; CPython raises MemoryError for
 * widths it cannot allocate too (format(1, '99999999999999')).
 */
const MAX_WIDTH: i64 = 1 << 28;

let errorCode: i32 = FMT_OK;
let errorChar: i32 = 0;            // the offending type code point
let errorSeparator: i32 = Char.Comma; // ',' or '_' for FMT_ERR_GROUPING_WITH_TYPE
let errorSpec: string = "";        // the whole spec, for FMT_ERR_INVALID_SPEC

function recordError(code: i32, ch: i32): void {
  errorCode = code;
  errorChar = ch;
}

function fail<T>(code: i32, ch: i32): T | null {
  recordError(code, ch);
  return null;
}

/** True when the last error is a MemoryError rather than a ValueError. */
export function formatErrorIsMemory(): bool {
  return errorCode == FMT_ERR_WIDTH_TOO_BIG;
}

/** CPython's message for the last error; typeName is the formatted object's type name. */
export function formatErrorMessage(typeName: string): string {
  switch (errorCode) {
    case FMT_ERR_INVALID_SPEC:
      return "Invalid format specifier '" + errorSpec + "' for object of type '" + typeName + "'";
    case FMT_ERR_TOO_MANY_DIGITS: return "Too many decimal digits in format string";
    case FMT_ERR_MISSING_PRECISION: return "Format specifier missing precision";
    case FMT_ERR_COMMA_AND_UNDERSCORE: return "Cannot specify both ',' and '_'.";
    case FMT_ERR_GROUPING_WITH_TYPE:
      return "Cannot specify '" + String.fromCharCode(errorSeparator) + "' with " +
        quotedCode(errorChar) + ".";
    case FMT_ERR_UNKNOWN_CODE:
      return "Unknown format code " + quotedCode(errorChar) + " for object of type '" + typeName + "'";
    case FMT_ERR_STR_SIGN: return "Sign not allowed in string format specifier";
    case FMT_ERR_STR_SPACE: return "Space not allowed in string format specifier";
    case FMT_ERR_STR_NO_NEG_0: return "Negative zero coercion (z) not allowed in string format specifier";
    case FMT_ERR_STR_ALTERNATE: return "Alternate form (#) not allowed in string format specifier";
    case FMT_ERR_STR_EQUALS_ALIGN: return "'=' alignment not allowed in string format specifier";
    case FMT_ERR_INT_PRECISION: return "Precision not allowed in integer format specifier";
    case FMT_ERR_INT_NO_NEG_0: return "Negative zero coercion (z) not allowed in integer format specifier";
    case FMT_ERR_CHAR_SIGN: return "Sign not allowed with integer format specifier 'c'";
    case FMT_ERR_CHAR_ALTERNATE: return "Alternate form (#) not allowed with integer format specifier 'c'";
    case FMT_ERR_PRECISION_TOO_BIG: return "precision too big";
    case FMT_ERR_WIDTH_TOO_BIG: return "";
  }
  return "";
}

// 'c' for printable ASCII, else '\x<hex>' (unknown_presentation_type, invalid_comma_type).
function quotedCode(ch: i32): string {
  if (ch > 32 && ch < 128) return "'" + String.fromCharCode(ch) + "'";
  return "'\\x" + (<u32>ch).toString(16) + "'";
}

// ── Parsing ────────────────────────────────────────────────────────────────────────────────

function isAlignChar(c: i32): bool {
  return c == Char.Less || c == Char.Greater || c == Char.Equals || c == Char.Caret;
}

// e E f F g G n % (and none): the float presentation types.
function isFloatType(t: i32): bool {
  return t == Char.LowerE || t == Char.UpperE || t == Char.LowerF || t == Char.UpperF ||
    t == Char.LowerG || t == Char.UpperG || t == Char.LowerN || t == Char.Percent;
}

// b o x X: the int types grouped by four with '_'.
function isPowerOfTwoRadix(t: i32): bool {
  return t == Char.LowerB || t == Char.LowerO || t == Char.LowerX || t == Char.UpperX;
}

function codePointsOf(s: string): StaticArray<i32> {
  const units = s.length;
  let n = 0;
  for (let i = 0; i < units; i++) {
    const u = s.charCodeAt(i);
    if ((u & 0xFC00) == 0xD800 && i + 1 < units && (s.charCodeAt(i + 1) & 0xFC00) == 0xDC00) i++;
    n++;
  }
  const out = new StaticArray<i32>(n);
  let k = 0;
  for (let i = 0; i < units; i++) {
    let u = <i32>s.charCodeAt(i);
    if ((u & 0xFC00) == 0xD800 && i + 1 < units && (s.charCodeAt(i + 1) & 0xFC00) == 0xDC00) {
      u = 0x10000 + ((u - 0xD800) << 10) + (<i32>s.charCodeAt(i + 1) - 0xDC00);
      i++;
    }
    unchecked(out[k++] = u);
  }
  return out;
}

let integerDigits: i32 = 0;
let integerValue: i64 = 0;

// get_integer: a run of Unicode decimal digits; false on overflow past 2^63-1.
function scanInteger(cps: StaticArray<i32>, pos: i32): bool {
  let acc: i64 = 0;
  let n = 0;
  const end = cps.length;
  while (pos + n < end) {
    const d = unicodeDecimalValue(unchecked(cps[pos + n]));
    if (d < 0) break;
    if (acc > (i64.MAX_VALUE - d) / 10) return false;
    acc = acc * 10 + d;
    n++;
  }
  integerDigits = n;
  integerValue = acc;
  return true;
}

/**
 * Parses a format spec:
 *   format_spec ::= [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * defaultType is the type assumed when the spec has none, as CPython passes it: 's' for str,
 * 'd' for int, 0 for float; it decides whether ',' / '_' are allowed ("Cannot specify ','
 * with 's'."). Returns null on error (formatErrorMessage() gives CPython's text). Checks that
 * depend only on the spec happen here, as in CPython; checks that depend on the value's type
 * happen in the format* functions.
 */
export function parseFormatSpec(spec: string, defaultType: i32 = 0): FormatSpec | null {
  const cps = codePointsOf(spec);
  const end = cps.length;
  const out = new FormatSpec();
  out.type = defaultType;
  let pos = 0;
  errorSpec = spec;
  if (end >= 2 && isAlignChar(unchecked(cps[1]))) {
    out.fill = unchecked(cps[0]);
    out.fillSpecified = true;
    out.align = unchecked(cps[1]);
    pos = 2;
  } else if (end >= 1 && isAlignChar(unchecked(cps[0]))) {
    out.align = unchecked(cps[0]);
    pos = 1;
  }
  if (pos < end) {
    const c = unchecked(cps[pos]);
    if (c == Char.Plus || c == Char.Minus || c == Char.Space) {
      out.sign = c;
      pos++;
    }
  }
  if (pos < end && unchecked(cps[pos]) == Char.LowerZ) {
    out.noNegZero = true;
    pos++;
  }
  if (pos < end && unchecked(cps[pos]) == Char.Hash) {
    out.alternate = true;
    pos++;
  }
  if (!out.fillSpecified && pos < end && unchecked(cps[pos]) == Char.Zero) {
    out.zeroPad = true;
    pos++;
  }
  if (!scanInteger(cps, pos)) return fail<FormatSpec>(FMT_ERR_TOO_MANY_DIGITS, 0);
  if (integerDigits > 0) out.width = integerValue;
  pos += integerDigits;
  if (pos < end && unchecked(cps[pos]) == Char.Comma) {
    out.grouping = Char.Comma;
    pos++;
  }
  if (pos < end && unchecked(cps[pos]) == Char.Underscore) {
    if (out.grouping != 0) return fail<FormatSpec>(FMT_ERR_COMMA_AND_UNDERSCORE, 0);
    out.grouping = Char.Underscore;
    pos++;
  }
  if (pos < end && unchecked(cps[pos]) == Char.Comma && out.grouping == Char.Underscore) {
    return fail<FormatSpec>(FMT_ERR_COMMA_AND_UNDERSCORE, 0);
  }
  if (pos < end && unchecked(cps[pos]) == Char.Dot) {
    pos++;
    if (!scanInteger(cps, pos)) return fail<FormatSpec>(FMT_ERR_TOO_MANY_DIGITS, 0);
    if (integerDigits == 0) return fail<FormatSpec>(FMT_ERR_MISSING_PRECISION, 0);
    out.precision = integerValue;
    pos += integerDigits;
  }
  if (end - pos > 1) return fail<FormatSpec>(FMT_ERR_INVALID_SPEC, 0);
  if (end - pos == 1) out.type = unchecked(cps[pos]);
  if (out.grouping != 0) {
    const t = out.type;
    // PEP 378 for decimal and float types; PEP 515 adds '_' for b o x X.
    const allowed = t == 0 || t == Char.LowerD || (isFloatType(t) && t != Char.LowerN) ||
      (out.grouping == Char.Underscore && isPowerOfTwoRadix(t));
    if (!allowed) {
      errorSeparator = out.grouping;
      return fail<FormatSpec>(FMT_ERR_GROUPING_WITH_TYPE, t);
    }
  }
  return out;
}

// ── Output builder ─────────────────────────────────────────────────────────────────────────

let textBuf = new StaticArray<u16>(64);
let textLen: i32 = 0;

function ensureText(extra: i64): void {
  const need = <i64>textLen + extra;
  if (need <= textBuf.length) return;
  let cap = <i64>textBuf.length << 1;
  if (cap < need) cap = need;
  const grown = new StaticArray<u16>(<i32>cap);
  memory.copy(changetype<usize>(grown), changetype<usize>(textBuf), <usize>textLen << 1);
  textBuf = grown;
}

function pushCodePoint(cp: i32): void {
  ensureText(2);
  if (cp >= 0x10000) {
    const v = cp - 0x10000;
    unchecked(textBuf[textLen++] = <u16>(0xD800 + (v >> 10)));
    unchecked(textBuf[textLen++] = <u16>(0xDC00 + (v & 0x3FF)));
  } else {
    unchecked(textBuf[textLen++] = <u16>cp);
  }
}

function pushRepeat(cp: i32, n: i64): void {
  if (n <= 0) return;
  ensureText(cp >= 0x10000 ? n << 1 : n);
  for (let i: i64 = 0; i < n; i++) pushCodePoint(cp);
}

function pushRange(s: string, from: i32, to: i32): void {
  if (to <= from) return;
  ensureText(to - from);
  memory.copy(
    changetype<usize>(textBuf) + (<usize>textLen << 1),
    changetype<usize>(s) + (<usize>from << 1),
    <usize>(to - from) << 1,
  );
  textLen += to - from;
}

function takeText(): string {
  const s = String.UTF16.decodeUnsafe(changetype<usize>(textBuf), <usize>textLen << 1);
  textLen = 0;
  return s;
}

function codePointLength(s: string, from: i32, to: i32): i32 {
  let n = 0;
  for (let i = from; i < to; i++) {
    const u = s.charCodeAt(i);
    if ((u & 0xFC00) == 0xD800 && i + 1 < to && (s.charCodeAt(i + 1) & 0xFC00) == 0xDC00) i++;
    n++;
  }
  return n;
}

// UTF-16 index just past the first `count` code points of s.
function unitsForCodePoints(s: string, count: i64): i32 {
  const units = s.length;
  let i = 0;
  let n: i64 = 0;
  while (i < units && n < count) {
    const u = s.charCodeAt(i);
    i += (u & 0xFC00) == 0xD800 && i + 1 < units && (s.charCodeAt(i + 1) & 0xFC00) == 0xDC00 ? 2 : 1;
    n++;
  }
  return i;
}

// ── Number layout (calc_number_widths / fill_number) ───────────────────────────────────────
//
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <rest> <rpadding>
//
// `rest` is everything after the integer digits (decimal point, fraction, exponent, '%').
// With fill '0' and '=' alignment the zero padding belongs to the digits, so grouping
// separators are inserted into it too (format(1234, '010,') == '00,001,234').

function layoutNumber(
  negative: bool, prefix: string, text: string, digitsStart: i32, digitsEnd: i32,
  spec: FormatSpec, groupSize: i32, separator: i32,
): string | null {
  const width = spec.width;
  if (width > MAX_WIDTH) return fail<string>(FMT_ERR_WIDTH_TOO_BIG, 0);
  const fill = spec.fillSpecified ? spec.fill : (spec.zeroPad ? Char.Zero : Char.Space);
  const align = spec.align != 0 ? spec.align : (spec.zeroPad ? Char.Equals : Char.Greater);
  let signChar = 0;
  if (negative) signChar = Char.Minus;
  else if (spec.sign == Char.Plus || spec.sign == Char.Space) signChar = spec.sign;
  const nSign: i64 = signChar != 0 ? 1 : 0;
  const nPrefix: i64 = prefix.length;
  const nRest: i64 = text.length - digitsEnd;
  const nDigits = codePointLength(text, digitsStart, digitsEnd);
  const minWidth: i64 = fill == Char.Zero && align == Char.Equals ? width - (nSign + nPrefix + nRest) : 0;

  const nGrouped = groupedLength(nDigits, minWidth, groupSize);
  const padding = width - (nSign + nPrefix + nRest + nGrouped);
  let lpad: i64 = 0;
  let spad: i64 = 0;
  let rpad: i64 = 0;
  if (padding > 0) {
    if (align == Char.Less) rpad = padding;
    else if (align == Char.Caret) {
      lpad = padding >> 1;
      rpad = padding - lpad;
    } else if (align == Char.Equals) spad = padding;
    else lpad = padding;
  }
  textLen = 0;
  pushRepeat(fill, lpad);
  if (signChar != 0) pushCodePoint(signChar);
  pushRange(prefix, 0, prefix.length);
  pushRepeat(fill, spad);
  if (groupSize == 0) {
    if (nDigits != 0) pushRepeat(Char.Zero, nGrouped - nDigits);
    pushRange(text, digitsStart, digitsEnd);
  } else if (nDigits != 0) {
    writeGrouped(text, digitsEnd, nDigits, minWidth, groupSize, separator, <i32>nGrouped);
  }
  pushRange(text, digitsEnd, text.length);
  pushRepeat(fill, rpad);
  return takeText();
}

// InsertThousandsGrouping, walked from the right: each group takes up to groupSize digits,
// then zeros while minWidth still asks for characters; a separator precedes every group but
// the first. groupSize 0 means no separators (zeros only up to minWidth).
function groupedLength(nDigits: i64, minWidth: i64, groupSize: i32): i64 {
  if (nDigits == 0) return 0;
  if (groupSize == 0) return nDigits > minWidth ? nDigits : minWidth;
  let count: i64 = 0;
  let remaining = nDigits;
  let wanted = minWidth;
  let first = true;
  while (true) {
    const l = groupWidth(remaining, wanted, groupSize);
    count += first ? l : l + 1;
    first = false;
    remaining -= remaining < l ? remaining : l;
    wanted -= l;
    if (remaining <= 0 && wanted <= 0) return count;
    wanted -= 1;
  }
  return count;
}

// @ts-ignore: decorator
@inline function groupWidth(remaining: i64, wanted: i64, groupSize: i32): i64 {
  let l = remaining > wanted ? remaining : wanted;
  if (l < 1) l = 1;
  return l > groupSize ? groupSize : l;
}

// Appends the `total` characters counted by groupedLength (ASCII digits ending at digitsEnd).
function writeGrouped(
  text: string, digitsEnd: i32, nDigits: i64, minWidth: i64, groupSize: i32, separator: i32, total: i32,
): void {
  ensureText(total);
  let at = textLen + total;
  textLen = at;
  let next = digitsEnd;
  let remaining = nDigits;
  let wanted = minWidth;
  let first = true;
  while (true) {
    const l = groupWidth(remaining, wanted, groupSize);
    if (!first) unchecked(textBuf[--at] = <u16>separator);
    first = false;
    const nChars = remaining < l ? remaining : l;
    for (let i: i64 = 0; i < nChars; i++) unchecked(textBuf[--at] = <u16>text.charCodeAt(--next));
    for (let i: i64 = nChars; i < l; i++) unchecked(textBuf[--at] = <u16>Char.Zero);
    remaining -= nChars;
    wanted -= l;
    if (remaining <= 0 && wanted <= 0) return;
    wanted -= 1;
  }
}

// ── format(float, spec) ────────────────────────────────────────────────────────────────────

/**
 * format(x, spec) for a float (also used for ints with types e E f F g G %). Types: e E f F
 * g G n % and none (repr-like: shortest digits with ".0", or 'g' keeping a ".0" when a
 * precision is given). Returns null on error (unknown type, precision too big, huge width).
 */
export function formatFloatSpec(x: f64, spec: FormatSpec): string | null {
  let type = spec.type;
  if (type != 0 && !isFloatType(type)) return fail<string>(FMT_ERR_UNKNOWN_CODE, type);
  if (spec.precision > 0x7FFF_FFFF) return fail<string>(FMT_ERR_PRECISION_TOO_BIG, 0);
  const stripsZeros = type == 0 || type == Char.LowerG || type == Char.UpperG || type == Char.LowerN;
  if (spec.precision > MAX_WIDTH && (spec.alternate || !stripsZeros)) {
    return fail<string>(FMT_ERR_WIDTH_TOO_BIG, 0);
  }
  let precision = <i32>spec.precision;
  let flags = 0;
  if (spec.alternate) flags |= DTSF_ALT;
  if (spec.noNegZero) flags |= DTSF_NO_NEG_0;
  let defaultPrecision = 6;
  let addPercent = false;
  let value = x;
  if (type == 0) {
    flags |= DTSF_ADD_DOT_0;
    type = Char.LowerR;
    defaultPrecision = 0;
  } else if (type == Char.LowerN) {
    type = Char.LowerG; // 'n' is 'g' in the C locale
  } else if (type == Char.Percent) {
    type = Char.LowerF;
    value = x * 100.0;
    addPercent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type == Char.LowerR) type = Char.LowerG;
  let text = floatToString(value, type, precision, flags);
  if (addPercent) text += "%";
  const negative = text.charCodeAt(0) == Char.Minus;
  const start = negative ? 1 : 0;
  let digitsEnd = start;
  while (digitsEnd < text.length && <u32>(text.charCodeAt(digitsEnd) - Char.Zero) < 10) digitsEnd++;
  const groupSize = spec.grouping != 0 ? 3 : 0;
  return layoutNumber(negative, "", text, start, digitsEnd, spec, groupSize, spec.grouping);
}

// ── format(int, spec) ──────────────────────────────────────────────────────────────────────

/**
 * Validates a spec for an int in CPython's order: unknown type first, then (for the integer
 * presentation types) no precision, no 'z', and for 'c' no sign and no '#'. Returns false
 * with the error recorded. Types e E f F g G % pass: the caller formats float(value) with
 * formatFloatSpec.
 */
export function checkIntSpec(spec: FormatSpec): bool {
  const t = spec.type;
  const intType = t == 0 || t == Char.LowerC || t == Char.LowerD || t == Char.LowerN || isPowerOfTwoRadix(t);
  const floatType = isFloatType(t) && t != Char.LowerN;
  if (!intType && !floatType) {
    recordError(FMT_ERR_UNKNOWN_CODE, t);
    return false;
  }
  if (floatType) return true;
  if (spec.precision != -1) {
    recordError(FMT_ERR_INT_PRECISION, 0);
    return false;
  }
  if (spec.noNegZero) {
    recordError(FMT_ERR_INT_NO_NEG_0, 0);
    return false;
  }
  if (t == Char.LowerC) {
    if (spec.sign != 0) {
      recordError(FMT_ERR_CHAR_SIGN, 0);
      return false;
    }
    if (spec.alternate) {
      recordError(FMT_ERR_CHAR_ALTERNATE, 0);
      return false;
    }
  }
  return true;
}

/**
 * Lays out an int already converted to `digits` in the type's radix (no sign; letters in the
 * case the type asks for). radixPrefix is "0b" / "0o" / "0x" / "0X" when the spec has '#',
 * else "". Grouping: every 3 digits for ',' and for '_' in decimal, every 4 for '_' with
 * b o x X. For type 'c' pass the character as `digits` (no sign, no prefix). The spec must have
 * passed checkIntSpec; returns null only for a width too large to allocate.
 */
export function formatIntDigits(
  neg: bool, digits: string, spec: FormatSpec, radixPrefix: string,
): string | null {
  const t = spec.type;
  let groupSize = 0;
  if (spec.grouping != 0) {
    groupSize = spec.grouping == Char.Underscore && isPowerOfTwoRadix(t) ? 4 : 3;
  }
  return layoutNumber(neg, radixPrefix, digits, 0, digits.length, spec, groupSize, spec.grouping);
}

// ── format(str, spec) ──────────────────────────────────────────────────────────────────────

/**
 * format(s, spec) for a str: type 's' or none; no sign, 'z', '#' or '=' alignment (CPython's
 * messages, in its order); precision truncates to that many code points; default alignment
 * left. Returns null on error.
 */
export function formatStrSpec(s: string, spec: FormatSpec): string | null {
  if (spec.type != 0 && spec.type != Char.LowerS) return fail<string>(FMT_ERR_UNKNOWN_CODE, spec.type);
  if (spec.sign != 0) return fail<string>(spec.sign == Char.Space ? FMT_ERR_STR_SPACE : FMT_ERR_STR_SIGN, 0);
  if (spec.noNegZero) return fail<string>(FMT_ERR_STR_NO_NEG_0, 0);
  if (spec.alternate) return fail<string>(FMT_ERR_STR_ALTERNATE, 0);
  if (spec.align == Char.Equals) return fail<string>(FMT_ERR_STR_EQUALS_ALIGN, 0);
  if (spec.width > MAX_WIDTH) return fail<string>(FMT_ERR_WIDTH_TOO_BIG, 0);
  let units = s.length;
  let length: i64 = codePointLength(s, 0, units);
  if (spec.precision >= 0 && length >= spec.precision) {
    units = unitsForCodePoints(s, spec.precision);
    length = spec.precision;
  }
  if (spec.width <= length) return units == s.length ? s : s.substring(0, units);
  const fill = spec.fillSpecified ? spec.fill : (spec.zeroPad ? Char.Zero : Char.Space);
  const align = spec.align != 0 ? spec.align : Char.Less;
  const padding = spec.width - length;
  let left: i64 = 0;
  if (align == Char.Greater) left = padding;
  else if (align == Char.Caret) left = padding >> 1;
  textLen = 0;
  pushRepeat(fill, left);
  pushRange(s, 0, units);
  pushRepeat(fill, padding - left);
  return takeText();
}

// ── printf-style '%' formatting ────────────────────────────────────────────────────────────
//
// The caller parses "%[flags][width][.precision]conv" and passes the flags as PF_* bits,
// width -1 / precision -1 when absent (a '*' already resolved, a negative '*' width already
// turned into PF_MINUS). Layout follows unicode_format_arg_output: with '0' (and a numeric
// conversion) the sign and the "0x" prefix go before the zeros; '-' pads on the right with
// spaces.

export const PF_MINUS: i32 = 1; // '-': left-justify
export const PF_PLUS: i32 = 2;  // '+': always a sign
export const PF_SPACE: i32 = 4; // ' ': blank for non-negative numbers
export const PF_ALT: i32 = 8;   // '#'
export const PF_ZERO: i32 = 16; // '0': zero padding for numbers

/**
 * '%e' '%E' '%f' '%F' '%g' '%G' of a float (conv is the conversion character). Returns null
 * (MemoryError) only when width or the zero-filled precision exceeds 2^28.
 */
export function formatPercentFloat(
  x: f64, flags: i32, width: i32, precision: i32, conv: i32,
): string | null {
  const alt = (flags & PF_ALT) != 0;
  if (width > MAX_WIDTH || (precision > MAX_WIDTH && (alt || (conv | 0x20) != Char.LowerG))) {
    return fail<string>(FMT_ERR_WIDTH_TOO_BIG, 0);
  }
  const text = floatToString(x, conv, precision < 0 ? 6 : precision, alt ? DTSF_ALT : 0);
  return percentNumberLayout(text, "", flags, width);
}

/**
 * '%d' '%i' '%u' '%x' '%X' '%o' of an int given as digits in the conversion's radix (letters
 * already in the conversion's case). Precision is the minimum digit count; '#' adds "0x",
 * "0X" or "0o". Returns null (MemoryError) only when width or precision exceeds 2^28.
 */
export function formatPercentInt(
  neg: bool, digits: string, flags: i32, width: i32, precision: i32, conv: i32,
): string | null {
  if (width > MAX_WIDTH || precision > MAX_WIDTH) return fail<string>(FMT_ERR_WIDTH_TOO_BIG, 0);
  let body = digits;
  if (precision > digits.length) body = "0".repeat(precision - digits.length) + digits;
  if (neg) body = "-" + body;
  let prefix = "";
  if ((flags & PF_ALT) != 0 && (conv == Char.LowerX || conv == Char.UpperX || conv == Char.LowerO)) {
    prefix = "0" + String.fromCharCode(conv);
  }
  return percentNumberLayout(body, prefix, flags, width);
}

/**
 * '%s' '%r' '%a' (and '%c') layout of an already converted string. Returns null (MemoryError)
 * only when width exceeds 2^28.
 */
export function formatPercentStr(s: string, flags: i32, width: i32, precision: i32): string | null {
  if (width > MAX_WIDTH) return fail<string>(FMT_ERR_WIDTH_TOO_BIG, 0);
  let units = s.length;
  let length: i64 = codePointLength(s, 0, units);
  if (precision >= 0 && length > precision) {
    units = unitsForCodePoints(s, precision);
    length = precision;
  }
  textLen = 0;
  const padding: i64 = <i64>width - length;
  if ((flags & PF_MINUS) == 0) pushRepeat(Char.Space, padding);
  pushRange(s, 0, units);
  if ((flags & PF_MINUS) != 0) pushRepeat(Char.Space, padding);
  return takeText();
}

// `text` is the number with an optional leading '-'; `prefix` goes between sign and digits.
function percentNumberLayout(text: string, prefix: string, flags: i32, width: i32): string {
  const zero = (flags & PF_ZERO) != 0;
  let start = 0;
  let signChar = 0;
  const first = text.length > 0 ? <i32>text.charCodeAt(0) : 0;
  if (first == Char.Minus || first == Char.Plus) {
    signChar = first;
    start = 1;
  } else if ((flags & PF_PLUS) != 0) {
    signChar = Char.Plus;
  } else if ((flags & PF_SPACE) != 0) {
    signChar = Char.Space;
  }
  const body = text.length - start + prefix.length;
  const total = body + (signChar != 0 ? 1 : 0);
  const padding = width > total ? width - total : 0;
  textLen = 0;
  if ((flags & PF_MINUS) == 0 && !zero) pushRepeat(Char.Space, padding);
  if (signChar != 0) pushCodePoint(signChar);
  pushRange(prefix, 0, prefix.length);
  if ((flags & PF_MINUS) == 0 && zero) pushRepeat(Char.Zero, padding);
  pushRange(text, start, text.length);
  if ((flags & PF_MINUS) != 0) pushRepeat(Char.Space, padding);
  return takeText();
}
